package org.gridcommand.domain.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A unit that co-handles (协办) an event under its current dispatch. Replaced on re-dispatch. */
@Entity
@Table(name = "event_co_handler")
public class CoHandler {
    @Id
    private Long id;

    @Column(name = "event_id", nullable = false)
    private Long eventId;

    @Column(name = "unit_id", nullable = false)
    private Long unitId;

    @Column(name = "assigned_at", nullable = false)
    private Instant assignedAt;

    protected CoHandler() {
    }

    public CoHandler(long id, long eventId, long unitId, Instant assignedAt) {
        this.id = id;
        this.eventId = eventId;
        this.unitId = unitId;
        this.assignedAt = assignedAt;
    }

    public Long getId() { return id; }
    public Long getEventId() { return eventId; }
    public Long getUnitId() { return unitId; }
    public Instant getAssignedAt() { return assignedAt; }
}
