package org.gridcommand.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gridcommand.domain.event.EventAction;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.EventStateMachine;
import org.gridcommand.domain.event.TimeLimitStatus;
import org.gridcommand.service.event.StepParams;

/**
 * One event's history as it unfolds: each step goes through the real {@link EventStateMachine}, so a generated
 * history can never contradict the rules. Steps that would lie after "now" are not taken: the event stays in the
 * state it has reached, which is how the demo city gets its open, live work.
 */
final class EventPath {
    /**
     * One history line; {@code unitId} is the unit the step concerns (dispatched to, or acting), if any;
     * {@code params} what happened as the history stores it (JSON, see StepParams), if anything.
     */
    record Step(Instant at, String actor, String action, EventState from, EventState to, String note, Long unitId,
                String params) {
    }

    private static final EventStateMachine MACHINE = new EventStateMachine();

    final List<Step> steps = new ArrayList<>();
    private final Instant now;
    private EventState state;
    private Instant time;
    private boolean stopped;
    /** When the duty officer supervises (一键督办) if the event is still not handled; null if never. */
    private Instant supervisionAt;
    private String supervisor;
    private int supervisions;

    EventPath(Instant reportedAt, String reporter, String note, Instant now) {
        this.now = now;
        this.time = reportedAt;
        this.state = EventState.REPORTED;
        steps.add(new Step(reportedAt, reporter, "REPORT", null, EventState.REPORTED, note, null, null));
    }

    /**
     * Takes {@code action} {@code minutes} after the previous step.
     *
     * @return false when that moment is after now (the event stays where it is, and no later step happens)
     */
    boolean act(double minutes, String actor, EventAction action, String note) {
        return act(minutes, actor, action, note, null);
    }

    /** Like {@link #act(double, String, EventAction, String)}, for a step that concerns {@code unitId}. */
    boolean act(double minutes, String actor, EventAction action, String note, Long unitId) {
        return act(minutes, actor, action, note, unitId, null);
    }

    /** Like {@link #act(double, String, EventAction, String, Long)}, with the step's parameters. */
    boolean act(double minutes, String actor, EventAction action, String note, Long unitId, StepParams params) {
        if (stopped) {
            return false;
        }
        Instant at = time.plusSeconds(Math.max(30, Math.round(minutes * 60)));
        if (at.isAfter(now)) {
            superviseBefore(now);
            stopped = true;
            return false;
        }
        superviseBefore(at);
        EventState to = MACHINE.next(state, action, note);
        steps.add(new Step(at, actor, action.name(), state, to, note, unitId, params == null ? null : params.json()));
        state = to;
        time = at;
        return true;
    }

    /** Takes {@code action} at {@code at} (or right after the previous step, if that is later). */
    boolean actAt(Instant at, String actor, EventAction action, String note, Long unitId) {
        return act(Math.max(0.5, Duration.between(time, at).toSeconds() / 60.0), actor, action, note, unitId);
    }

    /** Arranges a supervision at {@code at}, which happens only if the event is then still being worked on. */
    void superviseAt(Instant at, String dutyOfficer) {
        supervisionAt = at;
        supervisor = dutyOfficer;
    }

    /** A step that changes nothing (e.g. the citizen's rating after closure). */
    void note(double minutes, String actor, String action, String text, StepParams params) {
        Instant at = time.plusSeconds(Math.max(30, Math.round(minutes * 60)));
        if (!stopped && !at.isAfter(now)) {
            steps.add(new Step(at, actor, action, state, state, text, null, params == null ? null : params.json()));
            time = at;
        }
    }

    private void superviseBefore(Instant limit) {
        if (supervisionAt != null && supervisionAt.isBefore(limit) && supervisionAt.isAfter(time) && workedOn()) {
            supervisions++;
            // no note: the step and its parameters say it all ("supervision no. 1 (overdue)"), in each language
            steps.add(new Step(supervisionAt, supervisor, "SUPERVISE", state, state, null, null,
                    StepParams.of("count", supervisions).with("status", TimeLimitStatus.OVERDUE).json()));
            time = supervisionAt;
            supervisionAt = null;
        }
    }

    private boolean workedOn() {
        return state == EventState.DISPATCHED || state == EventState.ACCEPTED || state == EventState.IN_PROGRESS
                || state == EventState.REWORK || state == EventState.RETURNED;
    }

    EventState state() {
        return state;
    }

    Instant lastAt() {
        return time;
    }

    int supervisions() {
        return supervisions;
    }

    boolean reachedNow() {
        return stopped;
    }
}
