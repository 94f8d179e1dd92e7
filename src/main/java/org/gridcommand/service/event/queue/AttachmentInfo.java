package org.gridcommand.service.event.queue;

import java.time.Instant;

/** An attachment of an event, without its bytes (those are read one at a time, see EventAttachments#content). */
public record AttachmentInfo(long id, long eventId, String fileName, String contentType, long sizeBytes,
                             Instant addedAt, String addedBy) {
    /** True for the pictures the console can show as a thumbnail. */
    public boolean isImage() {
        return contentType != null && contentType.startsWith("image/");
    }
}
