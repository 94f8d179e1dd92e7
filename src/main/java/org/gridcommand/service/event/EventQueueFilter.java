package org.gridcommand.service.event;

import java.util.Set;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.domain.event.EventState;

/**
 * What the officer filters the event queue by. Empty {@code states} means every open state; closed, cancelled and
 * merged events are listed only when asked for by state. {@code categoryId} includes the categories below it;
 * {@code areaId} may be an area of any level (street, community, grid, micro-grid; the district means everywhere);
 * {@code urgentOnly} keeps 紧急 and 特急 events; null means "any".
 */
public record EventQueueFilter(Set<EventState> states, Long categoryId, Long areaId, Channel channel,
                               boolean overdueOnly, boolean urgentOnly) {
    /** Every open event. */
    public static final EventQueueFilter OPEN = new EventQueueFilter(Set.of(), null, null, null, false, false);

    public EventQueueFilter {
        states = states == null ? Set.of() : Set.copyOf(states);
    }

    public EventQueueFilter(Set<EventState> states, Long categoryId, Long areaId, Channel channel,
                            boolean overdueOnly) {
        this(states, categoryId, areaId, channel, overdueOnly, false);
    }

    public EventQueueFilter inStates(Set<EventState> s) {
        return new EventQueueFilter(s, categoryId, areaId, channel, overdueOnly, urgentOnly);
    }

    public EventQueueFilter inCategory(Long id) {
        return new EventQueueFilter(states, id, areaId, channel, overdueOnly, urgentOnly);
    }

    public EventQueueFilter inArea(Long id) {
        return new EventQueueFilter(states, categoryId, id, channel, overdueOnly, urgentOnly);
    }

    public EventQueueFilter fromChannel(Channel c) {
        return new EventQueueFilter(states, categoryId, areaId, c, overdueOnly, urgentOnly);
    }

    public EventQueueFilter overdue() {
        return new EventQueueFilter(states, categoryId, areaId, channel, true, urgentOnly);
    }

    public EventQueueFilter urgent() {
        return new EventQueueFilter(states, categoryId, areaId, channel, overdueOnly, true);
    }
}
