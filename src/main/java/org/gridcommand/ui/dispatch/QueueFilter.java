package org.gridcommand.ui.dispatch;

import java.util.Set;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.service.event.EventQueueFilter;
import org.gridcommand.service.event.queue.CategoryChoice;

/**
 * What the officer narrowed the queue to; null means "any" (a null state: every open state). {@code urgentOnly}
 * keeps 紧急 and 特急 events (the alarm badge opens them).
 */
record QueueFilter(EventState state, CategoryChoice category, Area area, Channel channel, boolean overdueOnly,
                   boolean urgentOnly) {
    static final QueueFilter ALL_OPEN = new QueueFilter(null, null, null, null, false, false);

    QueueFilter withState(EventState s) {
        return new QueueFilter(s, category, area, channel, overdueOnly, urgentOnly);
    }

    QueueFilter withCategory(CategoryChoice c) {
        return new QueueFilter(state, c, area, channel, overdueOnly, urgentOnly);
    }

    QueueFilter withArea(Area a) {
        return new QueueFilter(state, category, a, channel, overdueOnly, urgentOnly);
    }

    QueueFilter withChannel(Channel c) {
        return new QueueFilter(state, category, area, c, overdueOnly, urgentOnly);
    }

    QueueFilter withOverdueOnly(boolean only) {
        return new QueueFilter(state, category, area, channel, only, urgentOnly);
    }

    QueueFilter withUrgentOnly(boolean only) {
        return new QueueFilter(state, category, area, channel, overdueOnly, only);
    }

    EventQueueFilter forService() {
        return new EventQueueFilter(state == null ? Set.of() : Set.of(state),
                category == null ? null : category.id(), area == null ? null : area.getId(), channel, overdueOnly,
                urgentOnly);
    }
}
