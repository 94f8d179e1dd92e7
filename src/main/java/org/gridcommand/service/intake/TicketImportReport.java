package org.gridcommand.service.intake;

import java.util.List;
import java.util.Map;
import org.gridcommand.domain.event.Phrase;

/**
 * What one import did with a file. Every row is counted once: imported (new events, of which some wait in
 * triage), merged as duplicates (their ticket number was already there, or earlier in the file — nothing created
 * twice), or rejected with its row number and reason. Flags count imported events an officer must look at.
 *
 * @param triage               new events whose category is not mapped: REPORTED, in the triage queue
 * @param dispatched           new events dispatched to the lead unit by rule
 * @param noCoordinates        new events without a usable position
 * @param outsideGrids         new events whose position is outside every grid
 * @param unmappedCategories   the sender's categories that went to triage, with how many tickets each
 */
public record TicketImportReport(String file, int rows, int imported, int duplicates, int triage, int dispatched,
                                 int noCoordinates, int outsideGrids, List<RejectedRow> rejected,
                                 Map<String, Integer> unmappedCategories, long millis) {
    /** How {@link #unmappedCategories} names tickets that came with no category at all ({@link TicketWords}). */
    public static final String BLANK_CATEGORY = "";

    /** A row that was not imported, and why ({@link TicketWords} says it in the reader's language). */
    public record RejectedRow(int row, String externalId, Phrase reason) {
    }

    public TicketImportReport {
        rejected = List.copyOf(rejected);
        unmappedCategories = Map.copyOf(unmappedCategories);
    }

    /** Rows per second over the whole import (reading, deciding, writing, committing). */
    public double rowsPerSecond() {
        return millis <= 0 ? rows : rows * 1000.0 / millis;
    }
}
