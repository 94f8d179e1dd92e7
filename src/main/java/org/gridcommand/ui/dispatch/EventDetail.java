package org.gridcommand.ui.dispatch;

import java.util.List;
import java.util.Set;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.EventAction;
import org.gridcommand.domain.event.EventNotice;
import org.gridcommand.domain.event.EventStep;
import org.gridcommand.domain.event.EventTransition;
import org.gridcommand.service.event.DuplicateCandidate;
import org.gridcommand.service.event.UnitRef;
import org.gridcommand.service.event.queue.AttachmentInfo;

/** Everything the detail pane shows about one event, read together in the background. */
record EventDetail(Event event, List<EventTransition> history, List<EventNotice> notices, List<UnitRef> coHandlers,
                   List<DuplicateCandidate> duplicates, List<AttachmentInfo> attachments, Set<EventAction> allowed) {

    /** The 督办 lines of the history: when, by whom, and what was escalated. */
    List<EventTransition> supervisionTrail() {
        return history.stream().filter(t -> t.getStep() == EventStep.SUPERVISE).toList();
    }
}
