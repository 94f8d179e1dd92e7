package org.gridcommand.ui.dispatch;

import java.util.List;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.EventNotice;
import org.gridcommand.domain.event.EventStep;
import org.gridcommand.domain.event.EventTransition;
import org.gridcommand.service.event.DuplicateCandidate;
import org.gridcommand.service.event.EventQueueRow;
import org.gridcommand.service.event.UnitRef;
import org.gridcommand.service.event.queue.AttachmentInfo;

/**
 * Everything the detail pane shows about one event, read together in the background: the event, its names
 * ({@code summary}: 事项, areas, lead unit, read with it so a new event shows them at once), history, notices,
 * co-handlers, proposed duplicates and attachments.
 */
record EventDetail(Event event, EventQueueRow summary, List<EventTransition> history, List<EventNotice> notices,
                   List<UnitRef> coHandlers, List<DuplicateCandidate> duplicates, List<AttachmentInfo> attachments) {

    /** The 督办 lines of the history: when, by whom, and what was escalated. */
    List<EventTransition> supervisionTrail() {
        return history.stream().filter(t -> t.getStep() == EventStep.SUPERVISE).toList();
    }
}
