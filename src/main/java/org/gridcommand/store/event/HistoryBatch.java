package org.gridcommand.store.event;

import java.util.function.LongSupplier;
import org.gridcommand.store.bulk.BulkTable;

/**
 * History lines of a bulk caller, sent in JDBC batches on its connection and in its transaction; what is still
 * waiting goes out with the {@code BulkWriter}'s {@code finish()}. Made by {@link HistoryWriter#batch}.
 */
public final class HistoryBatch {
    private final BulkTable lines;
    private final LongSupplier ids;

    HistoryBatch(BulkTable lines, LongSupplier ids) {
        this.lines = lines;
        this.ids = ids;
    }

    /** Appends one line; returns its id. */
    public long add(HistoryLine line) {
        long id = ids.getAsLong();
        lines.insert(id, line.eventId(), line.at(), line.actor(), line.action(), line.from(), line.to(), line.note(),
                line.unitId(), line.params());
        return id;
    }

    /** Lines appended so far. */
    public long count() {
        return lines.count();
    }
}
