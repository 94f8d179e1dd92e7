package org.gridcommand.ui.dispatch;

import java.util.Set;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.service.event.EventQueueFilter;
import org.gridcommand.service.event.queue.CategoryChoice;

/** What the officer narrowed the queue to; null means "any". */
record QueueFilter(EventState state, CategoryChoice category, Area area, Channel channel, boolean overdueOnly) {
    static final QueueFilter ALL_OPEN = new QueueFilter(null, null, null, null, false);

    QueueFilter withState(EventState s) {
        return new QueueFilter(s, category, area, channel, overdueOnly);
    }

    QueueFilter withCategory(CategoryChoice c) {
        return new QueueFilter(state, c, area, channel, overdueOnly);
    }

    QueueFilter withArea(Area a) {
        return new QueueFilter(state, category, a, channel, overdueOnly);
    }

    QueueFilter withChannel(Channel c) {
        return new QueueFilter(state, category, area, c, overdueOnly);
    }

    QueueFilter withOverdueOnly(boolean only) {
        return new QueueFilter(state, category, area, channel, only);
    }

    EventQueueFilter forService() {
        return new EventQueueFilter(state == null ? Set.of() : Set.of(state),
                category == null ? null : category.id(), area == null ? null : area.getId(), channel, overdueOnly);
    }
}
