package org.gridcommand.store.event;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.LongSupplier;
import org.gridcommand.store.IdAllocator;
import org.gridcommand.store.StoreException;
import org.gridcommand.store.bulk.BulkTable;
import org.gridcommand.store.bulk.BulkWriter;
import org.hibernate.Session;

/**
 * The one writer of event history ({@code event_transition}): every history line of every event, whoever writes
 * it (a person's step, an alarm, an attachment, an import, the demo city), is appended here, in the caller's
 * transaction. Lines are only ever inserted: nothing updates or deletes them ({@code HistoryWriterOnlyTest} fails
 * the build if another class writes the table).
 * <ul>
 *   <li>{@link #append(Session, HistoryLine)}: one line beside entities of the same Hibernate session;</li>
 *   <li>{@link #append(Connection, HistoryLine)}: one line on a plain JDBC connection;</li>
 *   <li>{@link #batch}: many lines in JDBC batches, for bulk callers (import, demo city).</li>
 * </ul>
 */
public final class HistoryWriter {
    static final String TABLE = "event_transition";
    static final String[] COLUMNS = {"id", "event_id", "occurred_at", "actor", "action", "from_state", "to_state",
        "note", "unit_id", "params"};

    private final IdAllocator ids;

    public HistoryWriter(IdAllocator ids) {
        this.ids = ids;
    }

    /**
     * Appends {@code line} in the session's transaction; Hibernate inserts it at the next flush, after the event
     * it belongs to when that is new in the same session. Its id is taken on the session's own connection.
     */
    public void append(Session s, HistoryLine line) {
        s.persist(line.withId(ids.next(s)));
    }

    /** Appends {@code line} on {@code c}, in its transaction (the caller commits). */
    public void append(Connection c, HistoryLine line) {
        BulkWriter one = new BulkWriter(c);
        new HistoryBatch(one.table(TABLE, COLUMNS), () -> nextId(c)).add(line);
        one.finish();
    }

    /**
     * Lines written in JDBC batches beside the bulk caller's other tables; {@code events} (may be null) is the
     * table its new events go to, sent before each batch of history so that the lines find their events.
     *
     * @param lineIds where the lines' ids come from (the demo city takes them from its seeded sequence)
     */
    public static HistoryBatch batch(BulkWriter writer, BulkTable events, LongSupplier lineIds) {
        BulkTable lines = writer.table(TABLE, COLUMNS);
        if (events != null) {
            lines.references(events);
        }
        return new HistoryBatch(lines, lineIds);
    }

    /** {@link #batch(BulkWriter, BulkTable, LongSupplier)} with ids from the database's sequence. */
    public HistoryBatch batch(BulkWriter writer, BulkTable events) {
        return batch(writer, events, ids::next);
    }

    private long nextId(Connection c) {
        try {
            return ids.next(c);
        } catch (SQLException e) {
            throw new StoreException("Cannot take an id: " + e.getMessage(), e);
        }
    }
}
