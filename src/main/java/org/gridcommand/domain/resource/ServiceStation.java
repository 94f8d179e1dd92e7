package org.gridcommand.domain.resource;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.locationtech.jts.geom.Point;

/**
 * A staffed place residents and grid workers go to: a grid station (网格工作站) or a community service centre
 * (社区服务中心 / 党群服务中心). On the map wall it is a resource like a warehouse: where people and a room are
 * when something happens nearby.
 */
@Entity
@Table(name = "service_station")
public class ServiceStation {
    @Id
    private Long id;

    @Column(nullable = false, unique = true, length = 40)
    private String code;

    @Column(nullable = false, length = 100)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 16)
    private StationKind kind;

    /** The area it serves: a grid for a grid station, a community for a service centre. */
    @Column(name = "area_id")
    private Long areaId;

    private Point location;

    @Column(length = 200)
    private String address;

    @Column(length = 40)
    private String phone;

    /** As the door sign says it, e.g. "周一至周日 8:30–17:30". */
    @Column(name = "opening_hours", length = 100)
    private String openingHours;

    @Column(name = "staff_count")
    private int staffCount;

    protected ServiceStation() {
    }

    public ServiceStation(long id, String code, String name, StationKind kind, Long areaId, Point location,
                          String address, String phone, String openingHours, int staffCount) {
        this.id = id;
        this.code = code;
        this.name = name;
        this.kind = kind;
        this.areaId = areaId;
        this.location = location;
        this.address = address;
        this.phone = phone;
        this.openingHours = openingHours;
        this.staffCount = staffCount;
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public String getName() { return name; }
    public StationKind getKind() { return kind; }
    public Long getAreaId() { return areaId; }
    public Point getLocation() { return location; }
    public String getAddress() { return address; }
    public String getPhone() { return phone; }
    public String getOpeningHours() { return openingHours; }
    public int getStaffCount() { return staffCount; }
}
