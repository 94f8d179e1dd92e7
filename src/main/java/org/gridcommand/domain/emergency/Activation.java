package org.gridcommand.domain.emergency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import org.gridcommand.domain.plan.EmergencyType;
import org.gridcommand.domain.plan.ResponseLevel;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;

/**
 * A plan put into force (预案启动) for an affected area. It keeps the plan id and revision it was activated with,
 * so editing the plan later never changes what this activation was. Its lines are {@link ActivationLine}s.
 */
@Entity
@Table(name = "activation")
public class Activation {
    @Id
    private Long id;

    @Column(name = "plan_id", nullable = false)
    private Long planId;

    @Column(name = "plan_code", nullable = false, length = 40)
    private String planCode;

    @Column(name = "plan_revision", nullable = false)
    private int planRevision;

    @Column(name = "plan_name", nullable = false, length = 100)
    private String planName;

    @Enumerated(EnumType.STRING)
    @Column(name = "emergency_type", nullable = false, length = 24)
    private EmergencyType emergencyType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 4)
    private ResponseLevel level;

    /** A drill (演练) activation: CAP alerts say Exercise, not Actual. */
    private boolean drill;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 12)
    private ActivationStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "area_kind", nullable = false, length = 10)
    private AreaKind areaKind;

    @Column(name = "area_desc", nullable = false, length = 300)
    private String areaDescription;

    @Column(name = "area_shape")
    private Geometry areaShape;

    private Point centre;

    /** For a circle: its radius, so a CAP alert can say circle rather than a polygon. */
    @Column(name = "radius_m")
    private Double radiusMeters;

    @Column(name = "activated_at", nullable = false)
    private Instant activatedAt;

    @Column(name = "activated_by", nullable = false, length = 60)
    private String activatedBy;

    @Column(name = "stood_down_at")
    private Instant stoodDownAt;

    @Column(name = "stood_down_by", length = 60)
    private String stoodDownBy;

    @Column(length = 2000)
    private String summary;

    @Version
    private long version;

    protected Activation() {
    }

    public Activation(long id, long planId, String planCode, int planRevision, String planName,
                      EmergencyType emergencyType, ResponseLevel level, boolean drill, AreaKind areaKind,
                      String areaDescription, Geometry areaShape, Point centre, Double radiusMeters,
                      Instant activatedAt, String activatedBy) {
        this.id = id;
        this.planId = planId;
        this.planCode = planCode;
        this.planRevision = planRevision;
        this.planName = planName;
        this.emergencyType = emergencyType;
        this.level = level;
        this.drill = drill;
        this.status = ActivationStatus.ACTIVE;
        this.areaKind = areaKind;
        this.areaDescription = areaDescription;
        this.areaShape = areaShape;
        this.centre = centre;
        this.radiusMeters = radiusMeters;
        this.activatedAt = activatedAt;
        this.activatedBy = activatedBy;
    }

    /** Moves to another response level (upgrade or downgrade). */
    public void changeLevel(ResponseLevel newLevel) {
        requireActive();
        this.level = newLevel;
    }

    /** Closes the activation; nothing can change it afterwards. */
    public void standDown(Instant at, String by, String summaryText) {
        requireActive();
        this.status = ActivationStatus.STOOD_DOWN;
        this.stoodDownAt = at;
        this.stoodDownBy = by;
        this.summary = summaryText;
    }

    public void requireActive() {
        if (status != ActivationStatus.ACTIVE) {
            throw new IllegalStateException("activation " + id + " was stood down at " + stoodDownAt
                    + " and can no longer change");
        }
    }

    public Long getId() { return id; }
    public Long getPlanId() { return planId; }
    public String getPlanCode() { return planCode; }
    public int getPlanRevision() { return planRevision; }
    public String getPlanName() { return planName; }
    public EmergencyType getEmergencyType() { return emergencyType; }
    public ResponseLevel getLevel() { return level; }
    public boolean isDrill() { return drill; }
    public ActivationStatus getStatus() { return status; }
    public AreaKind getAreaKind() { return areaKind; }
    public String getAreaDescription() { return areaDescription; }
    public Geometry getAreaShape() { return areaShape; }
    public Point getCentre() { return centre; }
    public Double getRadiusMeters() { return radiusMeters; }
    public Instant getActivatedAt() { return activatedAt; }
    public String getActivatedBy() { return activatedBy; }
    public Instant getStoodDownAt() { return stoodDownAt; }
    public String getStoodDownBy() { return stoodDownBy; }
    public String getSummary() { return summary; }
    public long getVersion() { return version; }
}
