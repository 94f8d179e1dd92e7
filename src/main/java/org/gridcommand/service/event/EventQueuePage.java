package org.gridcommand.service.event;

import java.util.List;

/** One page of the queue, most urgent deadline first. No total count: counting a million rows is not free. */
public record EventQueuePage(List<EventQueueRow> rows, int page, int size, boolean hasMore) {
    public EventQueuePage {
        rows = List.copyOf(rows);
    }
}
