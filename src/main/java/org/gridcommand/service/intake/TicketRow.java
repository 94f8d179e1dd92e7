package org.gridcommand.service.intake;

/** One ticket as the export wrote it: its values by column name, and where it is in the file. */
interface TicketRow {
    /** The ticket's number in the file, from 1 (the header line not counted). */
    int row();

    /** The value of {@code column}, stripped; null when blank or absent. */
    String get(String column);
}
