package org.gridcommand.domain.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A unit was told about an event (督办 notice, escalation). Append-only, like the history: it is the proof that
 * a supervised unit was notified, and the inbox a unit's console reads.
 */
@Entity
@Table(name = "event_notice")
public class EventNotice {
    @Id
    private Long id;

    @Column(name = "event_id", nullable = false, updatable = false)
    private Long eventId;

    @Column(name = "unit_id", nullable = false, updatable = false)
    private Long unitId;

    @Column(name = "sent_at", nullable = false, updatable = false)
    private Instant sentAt;

    /** SUPERVISE for the supervised lead, ESCALATE for the unit that takes over. */
    @Column(nullable = false, length = 20, updatable = false)
    private String kind;

    /** What the center wrote to the unit, as written (the supervising officer's note); may be null. */
    @Column(length = 1000, updatable = false)
    private String message;

    /** The notice's facts as JSON (event number, unit escalated from), worded by each console; null on old rows. */
    @Column(length = 1000, updatable = false)
    private String params;

    protected EventNotice() {
    }

    public EventNotice(long id, long eventId, long unitId, Instant sentAt, String kind, String message) {
        this.id = id;
        this.eventId = eventId;
        this.unitId = unitId;
        this.sentAt = sentAt;
        this.kind = kind;
        this.message = message;
    }

    public EventNotice(long id, long eventId, long unitId, Instant sentAt, String kind, String message,
                       String params) {
        this(id, eventId, unitId, sentAt, kind, message);
        this.params = params;
    }

    public Long getId() { return id; }
    public Long getEventId() { return eventId; }
    public Long getUnitId() { return unitId; }
    public Instant getSentAt() { return sentAt; }
    public String getKind() { return kind; }
    public String getMessage() { return message; }
    public String getParams() { return params; }
}
