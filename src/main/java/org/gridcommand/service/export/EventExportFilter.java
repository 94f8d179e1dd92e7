package org.gridcommand.service.export;

import java.time.LocalDate;
import org.gridcommand.domain.event.EventState;

/**
 * Which events to export: reported from {@code from} to {@code to} (whole days on the application clock's zone,
 * both included), in {@code state}; null means no limit.
 */
public record EventExportFilter(LocalDate from, LocalDate to, EventState state) {
    public static final EventExportFilter ALL = new EventExportFilter(null, null, null);

    public EventExportFilter {
        if (from != null && to != null && to.isBefore(from)) {
            throw new IllegalArgumentException("--to " + to + " is before --from " + from + ".");
        }
    }
}
