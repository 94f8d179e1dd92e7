package org.gridcommand.domain.event;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One line of an event's history: who did what, when, from which state to which, with which parameters, and
 * why in the person's own words. Append-only: there
 * are no setters and no column is updatable, so no code path can rewrite a line once it is written.
 */
@Entity
@Table(name = "event_transition")
public class EventTransition {
    @Id
    private Long id;

    @Column(name = "event_id", nullable = false, updatable = false)
    private Long eventId;

    @Column(name = "occurred_at", nullable = false, updatable = false)
    private Instant at;

    @Column(nullable = false, length = 60, updatable = false)
    private String actor;

    /** The action's name; also SUPERVISE, RATE, NOTE and other steps that do not change the state. */
    @Column(nullable = false, length = 20, updatable = false)
    private String action;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_state", length = 16, updatable = false)
    private EventState fromState;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_state", nullable = false, length = 16, updatable = false)
    private EventState toState;

    @Column(length = 2000, updatable = false)
    private String note;

    /** The unit the step concerns: the one dispatched to, escalated to, or returning the event. */
    @Column(name = "unit_id", updatable = false)
    private Long unitId;

    /**
     * What happened, as JSON parameters of the step (names as they were at the time, enum names, numbers), which
     * each console words in its own language. Null on lines written before parameters were stored: their
     * {@link #note} then holds the whole text as it was written.
     */
    @Column(length = 2000, updatable = false)
    private String params;

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

    /** A line of any action name (also one a later version retired), with its unit and parameters. */
    public EventTransition(long id, long eventId, Instant at, String actor, String action, EventState fromState,
                           EventState toState, String note, Long unitId, String params) {
        this(id, eventId, at, actor, action, fromState, toState, note);
        this.unitId = unitId;
        this.params = params;
    }

    public EventTransition(long id, long eventId, Instant at, String actor, EventStep step, EventState fromState,
                           EventState toState, String note, Long unitId) {
        this(id, eventId, at, actor, step.name(), fromState, toState, note);
        this.unitId = unitId;
    }

    /**
     * @param note   what the person wrote (a reason, a remark), kept as written; null when they wrote nothing
     * @param params the step's parameters as JSON, or null
     */
    public EventTransition(long id, long eventId, Instant at, String actor, EventStep step, EventState fromState,
                           EventState toState, String note, Long unitId, String params) {
        this(id, eventId, at, actor, step, fromState, toState, note, unitId);
        this.params = params;
    }

    public Long getId() { return id; }
    public Long getEventId() { return eventId; }
    public Instant getAt() { return at; }
    public String getActor() { return actor; }
    public String getAction() { return action; }
    public EventState getFromState() { return fromState; }
    public EventState getToState() { return toState; }
    public String getNote() { return note; }
    public Long getUnitId() { return unitId; }
    public String getParams() { return params; }
    public EventStep getStep() { return EventStep.parse(action); }
}
