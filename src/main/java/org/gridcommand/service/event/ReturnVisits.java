package org.gridcommand.service.event;

import java.time.Instant;
import java.util.function.Supplier;
import org.gridcommand.domain.event.Deadlines;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.EventAction;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.EventStep;
import org.gridcommand.domain.event.ReturnVisit;
import org.gridcommand.domain.event.Satisfaction;
import org.gridcommand.domain.taxonomy.Category;
import org.gridcommand.domain.time.WorkingCalendar;
import org.hibernate.Session;

/**
 * 回访评价 and 重新办理: the reporter's rating of a closed event, calls that reach nobody, and reopening. A
 * dissatisfied rating reopens the event for rework with the reporter's words as the reason; a reopened event gets
 * a fresh handling limit from now (its old one ran out long ago), the lead unit stays.
 */
final class ReturnVisits {
    private final EventChanges changes;
    private final Supplier<WorkingCalendar> calendar;

    ReturnVisits(EventChanges changes, Supplier<WorkingCalendar> calendar) {
        this.changes = changes;
        this.calendar = calendar;
    }

    Event rate(Session s, Event e, Satisfaction satisfaction, String actor, String note) {
        if (e.getState() != EventState.CLOSED) {
            throw new ActionRefusedException("refused.notClosedForRating", e.getNumber(), e.getState());
        }
        if (satisfaction == Satisfaction.DISSATISFIED && (note == null || note.isBlank())) {
            throw new ActionRefusedException("refused.dissatisfiedNeedsNote");
        }
        e.rate(satisfaction);
        changes.record(s, e, EventStep.RATE, e.getState(), actor, note, null,
                StepParams.of("rating", satisfaction), changes.clock().instant());
        if (satisfaction == Satisfaction.DISSATISFIED) {
            reopen(s, e, actor, note, true);
        }
        return e;
    }

    /** A call that reached nobody; the last allowed one ends the visit as not reachable. */
    Event noAnswer(Session s, Event e, String actor, String note) {
        if (e.getState() != EventState.CLOSED || e.getReturnVisit() != ReturnVisit.PENDING) {
            throw new ActionRefusedException("refused.noVisitDue", e.getNumber());
        }
        int allowed = ReturnVisitRule.tries(s);
        boolean last = e.visitFailed(allowed);
        changes.record(s, e, EventStep.VISIT_FAILED, e.getState(), actor, note, null,
                StepParams.of("try", e.getVisitTries()).with("of", allowed).with("unreachable", last),
                changes.clock().instant());
        return e;
    }

    /** 重新办理: back to the lead unit for rework, with a new handling limit that starts now. */
    Event reopen(Session s, Event e, String actor, String reason, boolean dissatisfied) {
        Category category = e.getCategoryId() == null ? null : s.get(Category.class, e.getCategoryId());
        changes.apply(s, e, EventAction.REOPEN, actor, reason, e.getLeadUnitId(),
                StepParams.of("cause", dissatisfied ? Satisfaction.DISSATISFIED : null)
                        .with("limitRestarted", category == null ? null : Boolean.TRUE));
        if (category != null) {
            Instant now = changes.clock().instant();
            Deadlines.of(category, now, calendar.get()).applyTo(e);
        }
        return e;
    }
}
