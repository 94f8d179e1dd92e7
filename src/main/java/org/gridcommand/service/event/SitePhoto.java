package org.gridcommand.service.event;

/**
 * A photo of the site sent with a handling report (处理反馈) or an on-site check (核查): stored as an attachment of
 * the event in the same transaction as the step, so a step that needs a photo never stands without one.
 */
public record SitePhoto(String fileName, String contentType, byte[] content) {
    /** Bigger files belong in a document system, not in every console's database round trip. */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    public SitePhoto {
        if (content == null || content.length == 0 || content.length > MAX_BYTES) {
            throw new ActionRefusedException("refused.attachmentSize");
        }
    }

    public boolean isImage() {
        return contentType != null && contentType.startsWith("image/");
    }
}
