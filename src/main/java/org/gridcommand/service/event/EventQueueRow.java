package org.gridcommand.service.event;

import java.time.Instant;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.Placement;
import org.gridcommand.domain.event.TimeLimit;
import org.gridcommand.domain.event.Urgency;

/**
 * One line of the event queue: just what the table shows, read in one query. {@code areaNames} is
 * "street / community / grid" (as far as known); {@code version} is what the officer's next action must carry;
 * {@code photoRequired} says whether its 事项 needs a photo with the handling report and the on-site check;
 * {@code wording} is what a title the system wrote says ({@link EventWords#title(String, String)} words it);
 * {@code leadUnitId} tells a screen whether a unit operator may act on it (null: not dispatched).
 */
public record EventQueueRow(long id, String number, String title, EventState state, Urgency urgency,
                            String categoryName, String areaNames, String leadUnitName, Instant reportedAt,
                            Instant limitStartedAt, Instant handlingDueAt, long version, Placement placement,
                            Channel channel, Instant closedAt, boolean photoRequired, String wording,
                            Long leadUnitId) {

    /** The countdown at {@code now} (from the application clock), or null when there is no handling limit. */
    public TimeLimit.Countdown countdown(Instant now) {
        return handlingDueAt == null || !state.isOpen() ? null : new TimeLimit(limitStartedAt, handlingDueAt).at(now);
    }
}
