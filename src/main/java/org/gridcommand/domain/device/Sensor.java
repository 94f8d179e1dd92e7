package org.gridcommand.domain.device;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.locationtech.jts.geom.Point;

/** An IoT sensor with its thresholds and latest reading. */
@Entity
@Table(name = "sensor")
public class Sensor {
    @Id
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private SensorKind kind;

    private Point location;

    @Column(name = "area_id")
    private Long areaId;

    @Column(name = "measure_unit", length = 12)
    private String measureUnit;

    @Column(name = "warning_threshold")
    private double warningThreshold;

    @Column(name = "alarm_threshold")
    private double alarmThreshold;

    @Column(name = "last_value")
    private Double lastValue;

    @Column(name = "last_reading_at")
    private Instant lastReadingAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private SensorState state;

    protected Sensor() {
    }

    public Sensor(long id, String code, String name, SensorKind kind, Point location, Long areaId, String measureUnit,
                  double warningThreshold, double alarmThreshold) {
        this.id = id;
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.location = location;
        this.areaId = areaId;
        this.measureUnit = measureUnit;
        this.warningThreshold = warningThreshold;
        this.alarmThreshold = alarmThreshold;
        this.state = SensorState.NORMAL;
    }

    /** Records a reading and returns the state it puts the sensor in. */
    public SensorState record(double value, Instant at) {
        this.lastValue = value;
        this.lastReadingAt = at;
        this.state = SensorState.of(value, warningThreshold, alarmThreshold);
        return state;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public SensorKind getKind() { return kind; }
    public Point getLocation() { return location; }
    public Long getAreaId() { return areaId; }
    public String getMeasureUnit() { return measureUnit; }
    public double getWarningThreshold() { return warningThreshold; }
    public double getAlarmThreshold() { return alarmThreshold; }
    public Double getLastValue() { return lastValue; }
    public Instant getLastReadingAt() { return lastReadingAt; }
    public SensorState getState() { return state; }
}
