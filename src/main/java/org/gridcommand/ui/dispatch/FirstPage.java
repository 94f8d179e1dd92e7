package org.gridcommand.ui.dispatch;

import org.gridcommand.service.event.EventQueuePage;
import org.gridcommand.service.event.EventQueueFilter;
import org.gridcommand.service.event.EventService;
import org.gridcommand.service.event.queue.EventDesk;
import org.gridcommand.service.event.queue.QueueMark;

/**
 * The queue's first page of every open event, read while the console is still loading (beside the areas), so the
 * queue is filled the moment the console is ready instead of waiting behind every feature's first read. The next
 * poll catches what changed meanwhile: {@code mark} is the fingerprint the page was read at.
 */
public record FirstPage(QueueMark mark, EventQueuePage page) {
    /** Blocking: call it in the background, before the console is built. */
    public static FirstPage read(EventService events, EventDesk desk) {
        QueueMark mark = desk.watch().mark();
        return new FirstPage(mark, events.queue(EventQueueFilter.OPEN, 0, EventQueueModel.PAGE_SIZE));
    }
}
