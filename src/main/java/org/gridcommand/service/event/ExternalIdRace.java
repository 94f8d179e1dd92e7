package org.gridcommand.service.event;

import java.sql.SQLException;
import java.util.Locale;

/**
 * Recognises the loser of two simultaneous reports with the same channel and external id: both looked and found
 * nothing, both inserted, and the unique index {@code event_external_unique} refused the second insert. The loser
 * then answers with the winner's event instead of failing.
 */
final class ExternalIdRace {
    /** SQLSTATE of a unique violation, the same on H2 and PostgreSQL. */
    private static final String UNIQUE_VIOLATION = "23505";

    private ExternalIdRace() {
    }

    static boolean lost(IntakeReport report, Throwable failure) {
        if (report.externalId() == null || report.externalId().isBlank()) {
            return false;
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && UNIQUE_VIOLATION.equals(sql.getSQLState())
                    && String.valueOf(sql.getMessage()).toLowerCase(Locale.ROOT).contains("event_external_unique")) {
                return true;
            }
        }
        return false;
    }
}
