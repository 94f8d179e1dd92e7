package org.gridcommand.service.intake;

/**
 * How to import a ticket file.
 *
 * @param dispatchByRule dispatch each registered ticket to the lead unit the dispatch rules propose (else the
 *                       tickets wait REGISTERED for the duty officer to confirm)
 * @param progress       told before each row is handled; throwing from it aborts the whole import (nothing kept)
 */
public record TicketImportOptions(boolean dispatchByRule, RowProgress progress) {
    /** Called before each row; also the seam where a test injects a crash mid-file. */
    @FunctionalInterface
    public interface RowProgress {
        void beforeRow(int row);
    }

    public TicketImportOptions {
        progress = progress == null ? row -> { } : progress;
    }

    public static TicketImportOptions defaults() {
        return new TicketImportOptions(false, null);
    }
}
