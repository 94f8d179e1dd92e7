package org.gridcommand.service.event.queue;

import java.time.Clock;
import org.gridcommand.store.Database;

/**
 * The reads and the attachment store the dispatch console needs beside
 * {@link org.gridcommand.service.event.EventService}: the queue's change watch, the pick lists, the attachments.
 */
public record EventDesk(QueueWatch watch, DispatchDirectory directory, EventAttachments attachments) {
    public static EventDesk of(Database db, Clock clock) {
        return new EventDesk(new QueueWatch(db), new DispatchDirectory(db), new EventAttachments(db, clock));
    }
}
