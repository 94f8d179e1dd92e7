package org.gridcommand.service.export;

import java.util.List;

/**
 * What an export wrote: the number of events, and the events left out because their stored row could not be read
 * (each with its number and the reason, so that an officer can find and fix it).
 */
public record ExportResult(long written, List<Skipped> skipped) {
    public ExportResult {
        skipped = List.copyOf(skipped);
    }

    /** One event left out of the export. */
    public record Skipped(long id, String number, String reason) {
    }
}
