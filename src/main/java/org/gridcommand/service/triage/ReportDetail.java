package org.gridcommand.service.triage;

import java.util.List;
import org.gridcommand.service.event.DuplicateCandidate;
import org.gridcommand.service.event.queue.AttachmentInfo;

/**
 * What the desk shows beside a waiting report: the open events that may report the same thing (nearest first;
 * any of them can take it in by a merge) and its photos and documents.
 */
public record ReportDetail(long eventId, List<DuplicateCandidate> duplicates, List<AttachmentInfo> attachments) {
    public ReportDetail {
        duplicates = List.copyOf(duplicates);
        attachments = List.copyOf(attachments);
    }
}
