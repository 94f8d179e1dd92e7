package org.gridcommand.domain.emergency;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * One line of the activation board: a unit's task, supplies reserved in one warehouse, one team or one expert,
 * tracked from SENT to DONE (or RELEASED). {@code resourceId} is the unit, stock item, team or expert id.
 * {@code eventId} links a task to the closed-loop event it becomes once that service takes tasks.
 */
@Entity
@Table(name = "activation_line")
public class ActivationLine {
    @Id
    private Long id;

    @Column(name = "activation_id", nullable = false)
    private Long activationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 8)
    private LineKind kind;

    /** The need it answers: item code, skill, field; for a task the unit kind or code of the plan line. */
    @Column(name = "need_code", nullable = false, length = 40)
    private String needCode;

    @Column(name = "resource_id", nullable = false)
    private Long resourceId;

    /** Who or where, as the board shows it, e.g. "东区防汛仓库 · 编织袋" or "城管局: 巡查易涝点". */
    @Column(nullable = false, length = 500)
    private String label;

    /** Items reserved, people in the team, 1 for an expert or a task. */
    private int quantity;

    @Column(name = "distance_m")
    private double distanceMeters;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private LineStatus status;

    @Column(name = "event_id")
    private Long eventId;

    @Column(name = "sent_at", nullable = false)
    private Instant sentAt;

    @Column(name = "on_site_at")
    private Instant onSiteAt;

    @Column(name = "done_at")
    private Instant doneAt;

    @Column(name = "released_at")
    private Instant releasedAt;

    /** Of an item line, how much was used up in the response (booked at stand-down; the rest went back). */
    private int consumed;

    /** A task whose event was handed to its unit at stand-down, to be finished in the closed loop. */
    @Column(name = "handed_over")
    private boolean handedOver;

    @Version
    private long version;

    protected ActivationLine() {
    }

    public ActivationLine(long id, long activationId, LineKind kind, String needCode, long resourceId, String label,
                          int quantity, double distanceMeters, Instant sentAt) {
        this.id = id;
        this.activationId = activationId;
        this.kind = kind;
        this.needCode = needCode;
        this.resourceId = resourceId;
        this.label = label;
        this.quantity = quantity;
        this.distanceMeters = distanceMeters;
        this.status = LineStatus.SENT;
        this.sentAt = sentAt;
    }

    /** Moves the line forward on the board; refuses going back, leaving RELEASED, or releasing (see release). */
    public void moveTo(LineStatus next, Instant at) {
        if (!status.canMoveTo(next) || next == LineStatus.RELEASED || releasedAt != null) {
            throw new IllegalStateException("line " + id + " is " + status + " and cannot become " + next);
        }
        if (next == LineStatus.ON_SITE || (next == LineStatus.DONE && onSiteAt == null)) {
            onSiteAt = at;
        }
        if (next == LineStatus.DONE) {
            doneAt = at;
        }
        status = next;
    }

    /**
     * Gives the resource back (downgrade or stand-down). A line that was DONE keeps its status for the record;
     * any other becomes RELEASED.
     */
    public void release(Instant at) {
        if (releasedAt != null) {
            throw new IllegalStateException("line " + id + " was already released at " + releasedAt);
        }
        releasedAt = at;
        if (status != LineStatus.DONE) {
            status = LineStatus.RELEASED;
        }
    }

    /** Gives back part of reserved supplies (a downgrade); the line stays on the board with less. */
    public void reduceTo(int newQuantity) {
        if (newQuantity <= 0 || newQuantity >= quantity) {
            throw new IllegalArgumentException("line " + id + " holds " + quantity + ", cannot reduce to "
                    + newQuantity);
        }
        quantity = newQuantity;
    }

    /** Records how much of an item line was used up; the rest is released with {@link #release}. */
    public void consume(int used) {
        if (used < 0 || used > quantity) {
            throw new IllegalArgumentException("line " + id + " holds " + quantity + ", cannot have used " + used);
        }
        consumed = used;
    }

    /** The task's event goes on with its unit after the stand-down. */
    public void handOver() {
        handedOver = true;
    }

    /** True while the line's resource (or task) still belongs to the activation. */
    public boolean isOpen() {
        return releasedAt == null;
    }

    public void linkEvent(long event) { this.eventId = event; }

    public Long getId() { return id; }
    public Long getActivationId() { return activationId; }
    public LineKind getKind() { return kind; }
    public String getNeedCode() { return needCode; }
    public Long getResourceId() { return resourceId; }
    public String getLabel() { return label; }
    public int getQuantity() { return quantity; }
    public double getDistanceMeters() { return distanceMeters; }
    public LineStatus getStatus() { return status; }
    public Long getEventId() { return eventId; }
    public Instant getSentAt() { return sentAt; }
    public Instant getOnSiteAt() { return onSiteAt; }
    public Instant getDoneAt() { return doneAt; }
    public Instant getReleasedAt() { return releasedAt; }
    public int getConsumed() { return consumed; }
    public boolean isHandedOver() { return handedOver; }
    public long getVersion() { return version; }
}
