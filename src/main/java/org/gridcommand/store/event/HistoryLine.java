package org.gridcommand.store.event;

import java.time.Instant;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.EventStep;
import org.gridcommand.domain.event.EventTransition;

/**
 * One line of an event's history before it is written: who did what, when, from which state to which, in whose
 * words ({@code note}), concerning which unit, with which parameters (JSON). {@link HistoryWriter} gives it its id.
 *
 * @param action the step's name (an {@link EventStep}); kept as text because old lines may name retired steps
 */
public record HistoryLine(long eventId, Instant at, String actor, String action, EventState from, EventState to,
                          String note, Long unitId, String params) {

    public HistoryLine(long eventId, Instant at, String actor, EventStep step, EventState from, EventState to,
                       String note, Long unitId, String params) {
        this(eventId, at, actor, step.name(), from, to, note, unitId, params);
    }

    EventTransition withId(long id) {
        return new EventTransition(id, eventId, at, actor, action, from, to, note, unitId, params);
    }
}
