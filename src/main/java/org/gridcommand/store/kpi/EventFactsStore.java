package org.gridcommand.store.kpi;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.domain.event.Satisfaction;
import org.gridcommand.domain.kpi.CaseFile;
import org.gridcommand.domain.kpi.EventFacts;
import org.gridcommand.domain.kpi.Scope;
import org.gridcommand.store.Database;

/**
 * The indicator engine's one read: the facts of every event that any indicator of a period can count — reported,
 * due, registered, dispatched, checked, supervised or rated within it — with its history lines folded per event by
 * the database (one grouped pass over the lines of those events only, by index). The same facts as
 * {@code domain.kpi.EventHistoryFacts} computes line by line.
 */
public final class EventFactsStore {
    /** The events any indicator of the period can count (parameters: start, end three times). */
    private static final String IDS = "SELECT e.id FROM event e WHERE e.reported_at >= ? AND e.reported_at < ?"
            + " UNION SELECT e.id FROM event e WHERE e.handling_due_at >= ? AND e.handling_due_at < ?"
            + " UNION SELECT t.event_id FROM event_transition t WHERE t.occurred_at >= ? AND t.occurred_at < ?"
            + " AND t.action IN ('REGISTER', 'DISPATCH', 'SUPERVISE', 'RATE', 'VERIFY', 'REJECT')";

    /** Ids are asked for in lists of this many: both databases look each up by index (an array is scanned). */
    private static final int CHUNK = 500;
    private static final String LIST = "?" + ", ?".repeat(CHUNK - 1);

    /** Their own columns (parameter: the ids). */
    private static final String CASES = "SELECT e.id, e.channel, e.category_id, e.lead_unit_id, e.street_id,"
            + " e.community_id, e.grid_id, e.reporter, e.reported_at, e.response_due_at, e.handling_due_at,"
            + " e.satisfaction FROM event e WHERE e.id IN (" + LIST + ")";

    /**
     * Their history folded per event (parameters: start, end, start, end, asOf, the ids). Plain reads by index,
     * in lists of ids, rather than one join: H2 joins a grouped subquery to a million-row table row by row, and
     * scans an array parameter once per row.
     */
    private static final String LINES = "SELECT t.event_id,"
            + " MIN(CASE WHEN t.action = 'REGISTER' THEN t.occurred_at END),"
            + " MIN(CASE WHEN t.action = 'REGISTER' THEN t.actor END),"
            + " MIN(CASE WHEN t.action = 'DISPATCH' THEN t.occurred_at END),"
            + " MAX(CASE WHEN t.action = 'FEEDBACK' THEN t.occurred_at END),"
            + " MAX(CASE WHEN t.action IN ('VERIFY', 'REJECT') THEN t.occurred_at END),"
            + " MAX(CASE WHEN t.action = 'CLOSE' THEN t.occurred_at END),"
            + " MAX(CASE WHEN t.action = 'REOPEN' THEN t.occurred_at END),"
            + " SUM(CASE WHEN t.action = 'CANCEL' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN t.action = 'MERGE' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN t.action = 'DEFER' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN t.action = 'RETURN' THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN t.action IN ('REJECT', 'REOPEN') THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN t.action = 'SUPERVISE' AND t.occurred_at >= ? AND t.occurred_at < ? THEN 1 ELSE 0 END),"
            + " SUM(CASE WHEN t.action = 'RATE' AND t.occurred_at >= ? AND t.occurred_at < ? THEN 1 ELSE 0 END)"
            + " FROM event_transition t WHERE t.occurred_at <= ? AND t.event_id IN (" + LIST + ") GROUP BY t.event_id";

    private final Database db;

    public EventFactsStore(Database db) {
        this.db = db;
    }

    /** The facts of the events the indicators of {@code scope}'s period may count, as the history stood at asOf. */
    public List<EventFacts> facts(Scope scope) {
        OffsetDateTime start = time(scope.period().start());
        OffsetDateTime end = time(scope.period().end());
        return db.withConnection(c -> {
            Taxonomy taxonomy = Taxonomy.read(c);
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(IDS)) {
                for (int i = 1; i <= 6; i += 2) {
                    ps.setObject(i, start);
                    ps.setObject(i + 1, end);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            List<EventFacts> list = new ArrayList<>(ids.size());
            try (PreparedStatement cases = c.prepareStatement(CASES);
                 PreparedStatement lines = c.prepareStatement(LINES)) {
                cases.setFetchSize(CHUNK);
                lines.setFetchSize(CHUNK);
                lines.setObject(1, start);
                lines.setObject(2, end);
                lines.setObject(3, start);
                lines.setObject(4, end);
                lines.setObject(5, time(scope.asOf()));
                for (int from = 0; from < ids.size(); from += CHUNK) {
                    List<Long> chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
                    Map<Long, CaseFile> files = new HashMap<>(CHUNK * 2);
                    bind(cases, 1, chunk);
                    try (ResultSet rs = cases.executeQuery()) {
                        while (rs.next()) {
                            CaseFile f = caseFile(rs, taxonomy);
                            files.put(f.id(), f);
                        }
                    }
                    bind(lines, 6, chunk);
                    try (ResultSet rs = lines.executeQuery()) {
                        while (rs.next()) {
                            list.add(facts(files.get(rs.getLong(1)), rs));
                        }
                    }
                }
            }
            return list;
        });
    }

    /** Binds a list of ids from {@code first} on, repeating the last to fill the list (an id twice is harmless). */
    private static void bind(PreparedStatement ps, int first, List<Long> chunk) throws SQLException {
        for (int i = 0; i < CHUNK; i++) {
            ps.setLong(first + i, chunk.get(Math.min(i, chunk.size() - 1)));
        }
    }

    /** The event's own columns (1–12 of {@link #CASES}, as {@link HistoryRowScan} reads them too). */
    static CaseFile caseFile(ResultSet rs, Taxonomy taxonomy) throws SQLException {
        Long item = id(rs, 3);
        String rating = rs.getString(12);
        return new CaseFile(rs.getLong(1), Channel.valueOf(rs.getString(2)), item, taxonomy.minorOf(item),
                taxonomy.majorOf(item), id(rs, 4), id(rs, 5), id(rs, 6), id(rs, 7), rs.getString(8),
                instant(rs, 9), instant(rs, 10), instant(rs, 11), rating == null ? null : Satisfaction.valueOf(rating));
    }

    private static EventFacts facts(CaseFile c, ResultSet rs) throws SQLException {
        Instant lastClose = instant(rs, 7);
        Instant lastReopen = instant(rs, 8);
        Instant closedAt = lastClose != null && (lastReopen == null || lastReopen.isBefore(lastClose)) ? lastClose
                : null;
        return new EventFacts(c.id(), c.channel(), c.itemId(), c.minorId(), c.majorId(), c.unitId(), c.streetId(),
                c.communityId(), c.gridId(), c.reporter(), rs.getString(3), c.reportedAt(), instant(rs, 2),
                instant(rs, 4), c.responseDueAt(), c.handlingDueAt(), instant(rs, 5), instant(rs, 6), closedAt,
                rs.getLong(9) > 0, rs.getLong(10) > 0, rs.getLong(11) > 0, rs.getLong(12) > 0, rs.getLong(13) > 0,
                rs.getInt(14), rs.getLong(15) > 0, c.satisfaction());
    }

    static OffsetDateTime time(Instant t) {
        return t.atOffset(ZoneOffset.UTC);
    }

    static Long id(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
