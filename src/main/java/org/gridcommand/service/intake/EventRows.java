package org.gridcommand.service.intake;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Set;
import org.gridcommand.domain.event.Event;
import org.gridcommand.store.Database;
import org.gridcommand.store.bulk.BulkTable;
import org.gridcommand.store.bulk.BulkWriter;
import org.gridcommand.store.event.HistoryBatch;
import org.gridcommand.store.event.HistoryLine;
import org.gridcommand.store.event.HistoryWriter;

/**
 * Writes new events, their history lines (through the one {@link HistoryWriter}, batched) and co-handlers with
 * JDBC batches on the caller's connection, and so in its transaction. The same columns Hibernate writes for a new
 * {@link Event}.
 */
final class EventRows {
    /** Rows per JDBC batch (the bench's plain-JDBC floor batches the same way). */
    static final int BATCH = BulkWriter.BATCH_SIZE;

    private final BulkWriter writer;
    private final BulkTable events;
    private final HistoryBatch history;
    private final BulkTable coHandlers;
    private final Database db;

    EventRows(Database db, Connection c) {
        this.db = db;
        this.writer = new BulkWriter(c);
        this.events = writer.table("event", Set.of("location"), "id", "number", "title", "description",
                "channel", "external_id", "category_id", "state", "urgency", "location", "address", "micro_grid_id",
                "grid_id", "community_id", "street_id", "lead_unit_id", "reporter", "reported_at", "response_due_at",
                "handling_due_at", "supervision_count", "version", "placement", "limit_started_at", "wording");
        this.history = new HistoryWriter(db.ids()).batch(writer, events);
        this.coHandlers = writer.table("event_co_handler", "id", "event_id", "unit_id", "assigned_at")
                .references(events);
    }

    void event(Event e) {
        events.insert(e.getId(), e.getNumber(), e.getTitle(), e.getDescription(), e.getChannel(), e.getExternalId(),
                e.getCategoryId(), e.getState(), e.getUrgency(), e.getLocation(), e.getAddress(), e.getMicroGridId(),
                e.getGridId(), e.getCommunityId(), e.getStreetId(), e.getLeadUnitId(), e.getReporter(),
                e.getReportedAt(), e.getResponseDueAt(), e.getHandlingDueAt(), 0, 0L, e.getPlacement(),
                e.getLimitStartedAt(), e.getWording());
    }

    void line(HistoryLine line) {
        history.add(line);
    }

    void coHandler(long eventId, long unitId, Instant at) {
        coHandlers.insert(db.ids().next(), eventId, unitId, at);
    }

    /** Binds a nullable id (the bench's generated city writes its rows by hand). */
    static void setLong(PreparedStatement ps, int i, Long v) throws SQLException {
        if (v == null) {
            ps.setNull(i, Types.BIGINT);
        } else {
            ps.setLong(i, v);
        }
    }

    /** Sends what is still waiting (the transaction is the caller's to commit). */
    void finish() {
        writer.finish();
    }
}
