package org.gridcommand.domain.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of an event's history: who did what, when, from which state to which, and why. Never updated. */
@Entity
@Table(name = "event_transition")
public class EventTransition {
    @Id
    private Long id;

    @Column(name = "event_id", nullable = false)
    private Long eventId;

    @Column(name = "occurred_at", nullable = false)
    private Instant at;

    @Column(nullable = false, length = 60)
    private String actor;

    /** The action's name; also SUPERVISE, RATE, NOTE and other steps that do not change the state. */
    @Column(nullable = false, length = 20)
    private String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", length = 16)
    private EventState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, length = 16)
    private EventState toState;

    @Column(length = 2000)
    private String note;

    protected EventTransition() {
    }

    public EventTransition(long id, long eventId, Instant at, String actor, String action, EventState fromState,
                           EventState toState, String note) {
        this.id = id;
        this.eventId = eventId;
        this.at = at;
        this.actor = actor;
        this.action = action;
        this.fromState = fromState;
        this.toState = toState;
        this.note = note;
    }

    public Long getId() { return id; }
    public Long getEventId() { return eventId; }
    public Instant getAt() { return at; }
    public String getActor() { return actor; }
    public String getAction() { return action; }
    public EventState getFromState() { return fromState; }
    public EventState getToState() { return toState; }
    public String getNote() { return note; }
}
