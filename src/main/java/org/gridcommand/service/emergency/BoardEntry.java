package org.gridcommand.service.emergency;

import org.gridcommand.domain.emergency.ActivationLine;
import org.gridcommand.domain.event.EventState;

/**
 * One committed line of an activation as the board shows it: the line, who and what it is by name (so that a
 * console can word it in its own language), where its resource is, and for a task the event it became.
 *
 * @param code        the warehouse's or team's code, else null
 * @param who         the warehouse, team, expert or unit by name
 * @param what        the item's stored name, the team's skill, the expert's field, or the task
 * @param measureUnit the item's unit of measure, else null
 * @param itemCode    the item's code (SANDBAG…) for a supply line, else null
 * @param lon         where the resource is ({@code NaN} when unknown, e.g. a unit's task)
 * @param event       the task's closed-loop event as it is now, or null
 */
public record BoardEntry(ActivationLine line, String code, String who, String what, String measureUnit, String itemCode,
                         double lon, double lat, TaskEvent event) {

    /** A task's event: its number and where it is in the closed loop. */
    public record TaskEvent(long id, String number, EventState state, long version) {
        /** The unit has reported the work done (or more): the loop verifies and closes it. */
        public boolean reportedDone() {
            return state == EventState.HANDLED || state == EventState.VERIFIED || state == EventState.CLOSED;
        }
    }
}
