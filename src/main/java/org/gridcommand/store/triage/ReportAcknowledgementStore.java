package org.gridcommand.store.triage;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.gridcommand.store.Database;
import org.gridcommand.store.StoreException;

/**
 * Who acknowledged the alarm of a 特急 report. The first acknowledgement stands: a second one (another console a
 * moment later) changes nothing, so the record says who really answered the alarm.
 */
public final class ReportAcknowledgementStore {
    /** SQLSTATE of a unique-key violation, the same on H2 and PostgreSQL. */
    private static final String DUPLICATE_KEY = "23505";

    private final Database db;

    public ReportAcknowledgementStore(Database db) {
        this.db = db;
    }

    /** Records {@code actor} as acknowledging each event not yet acknowledged; returns those it recorded. */
    public List<Long> acknowledge(Collection<Long> eventIds, String actor, Instant at) {
        List<Long> recorded = new ArrayList<>();
        for (long id : eventIds) {
            if (insert(id, actor, at)) {
                recorded.add(id);
            }
        }
        return recorded;
    }

    /** One transaction per event: on PostgreSQL a lost race aborts its transaction, and only that one. */
    private boolean insert(long eventId, String actor, Instant at) {
        try {
            return db.withConnection(c -> {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO report_acknowledgement (event_id,"
                        + " acknowledged_by, acknowledged_at) SELECT e.id, ?, ? FROM event e WHERE e.id = ?"
                        + " AND NOT EXISTS (SELECT 1 FROM report_acknowledgement k WHERE k.event_id = e.id)")) {
                    ps.setString(1, actor);
                    ps.setObject(2, OffsetDateTime.ofInstant(at, ZoneOffset.UTC));
                    ps.setLong(3, eventId);
                    return ps.executeUpdate() == 1;
                }
            });
        } catch (StoreException e) {
            if (e.getCause() instanceof SQLException sql && DUPLICATE_KEY.equals(sql.getSQLState())) {
                return false; // another console acknowledged it in the same instant
            }
            throw e;
        }
    }
}
