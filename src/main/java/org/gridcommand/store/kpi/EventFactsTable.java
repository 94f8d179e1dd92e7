package org.gridcommand.store.kpi;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridcommand.store.Database;

/**
 * Keeps {@code kpi_event_fact} — each event's history folded into one row — and {@code kpi_event_line} — the lines
 * a period finds by time, copied narrow — current from the history itself, with no hook in the history writer.
 * History is only ever appended, so a row is current when it folded as many lines
 * as its event has, and all rows are current when they folded as many lines as the table holds: one count, checked
 * before each read. When lines were added, the events with lines above the highest id seen are folded again (the
 * usual case); a line that arrived with a lower id (another console's block of ids, ADR 0005) is found by comparing
 * each event's count. Refreshes are serialized across consoles by locking the one row of {@code kpi_fact_mark}.
 */
public final class EventFactsTable {
    /** The facts of one event from all its lines (folded as {@code EventFactsStore.LINES_UP_TO} does up to asOf). */
    private static final String FOLD = "SELECT t.event_id, COUNT(*), MAX(t.occurred_at)," + HistoryFold.FACT_COLUMNS
            + " FROM event_transition t";
    private static final String INSERT = "INSERT INTO kpi_event_fact (event_id, line_count, last_line_at,"
            + " registered_at, registered_by, first_dispatch_at, handled_at, checked_at, last_close_at,"
            + " last_reopen_at, cancelled, merged, deferred, returned, reworked) ";
    /** The lines a period's indicators find by time, copied narrow ({@link PeriodEvents} reads them). */
    private static final String COPY_LINES = "INSERT INTO kpi_event_line (event_id, occurred_at, action)"
            + " SELECT t.event_id, t.occurred_at, t.action FROM event_transition t"
            + " WHERE t.action IN ('REGISTER', 'DISPATCH', 'SUPERVISE', 'RATE', 'VERIFY', 'REJECT')";
    private static final String LIST = "?" + ", ?".repeat(IdLists.SIZE - 1);

    private final Database db;

    public EventFactsTable(Database db) {
        this.db = db;
    }

    /** Brings the table up to the history as it stands now; cheap (one count) when nothing was added. */
    public void refresh() {
        if (db.withConnection(c -> lineCount(c) == mark(c, false)[0])) {
            return;
        }
        db.withConnection(c -> {
            long[] mark = mark(c, true);
            long folded = mark[0];
            long maxId = mark[1];
            if (folded == 0) {
                try (Statement s = c.createStatement()) {
                    s.executeUpdate("DELETE FROM kpi_event_fact");
                    s.executeUpdate("DELETE FROM kpi_event_line");
                    maxId = maxLineId(c);
                    s.executeUpdate(INSERT + FOLD + " GROUP BY t.event_id");
                    s.executeUpdate(COPY_LINES);
                }
                folded = foldedLines(c);
            }
            for (int round = 0; round < 3 && lineCount(c) != folded; round++) {
                Set<Long> events = new LinkedHashSet<>();
                long newMax = maxId;
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT event_id, id FROM event_transition WHERE id > ?")) {
                    ps.setLong(1, maxId);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            events.add(rs.getLong(1));
                            newMax = Math.max(newMax, rs.getLong(2));
                        }
                    }
                }
                if (events.isEmpty()) {
                    events.addAll(eventsNotCurrent(c));
                }
                folded += foldAgain(c, new ArrayList<>(events));
                maxId = newMax;
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE kpi_fact_mark SET folded_lines = ?, max_line_id = ? WHERE id = 1")) {
                ps.setLong(1, folded);
                ps.setLong(2, maxId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Folds these events' lines again; returns how many more lines are folded than before. */
    private static long foldAgain(Connection c, List<Long> events) throws SQLException {
        long before = 0;
        long after = 0;
        try (PreparedStatement sum = c.prepareStatement(
                "SELECT COALESCE(SUM(line_count), 0) FROM kpi_event_fact WHERE event_id IN (" + LIST + ")");
             PreparedStatement delete = c.prepareStatement(
                     "DELETE FROM kpi_event_fact WHERE event_id IN (" + LIST + ")");
             PreparedStatement insert = c.prepareStatement(
                     INSERT + FOLD + " WHERE t.event_id IN (" + LIST + ") GROUP BY t.event_id");
             PreparedStatement deleteLines = c.prepareStatement(
                     "DELETE FROM kpi_event_line WHERE event_id IN (" + LIST + ")");
             PreparedStatement copyLines = c.prepareStatement(COPY_LINES + " AND t.event_id IN (" + LIST + ")")) {
            for (List<Long> chunk : IdLists.chunks(events)) {
                IdLists.bind(sum, 1, chunk);
                before += single(sum);
                IdLists.bind(delete, 1, chunk);
                delete.executeUpdate();
                IdLists.bind(insert, 1, chunk);
                insert.executeUpdate();
                IdLists.bind(deleteLines, 1, chunk);
                deleteLines.executeUpdate();
                IdLists.bind(copyLines, 1, chunk);
                copyLines.executeUpdate();
                after += single(sum);
            }
        }
        return after - before;
    }

    /** The events whose row folded fewer (or more) lines than they have now, or that have lines and no row. */
    private static List<Long> eventsNotCurrent(Connection c) throws SQLException {
        Map<Long, Long> rows = new HashMap<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT event_id, line_count FROM kpi_event_fact")) {
            while (rs.next()) {
                rows.put(rs.getLong(1), rs.getLong(2));
            }
        }
        List<Long> stale = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT event_id, COUNT(*) FROM event_transition GROUP BY event_id")) {
            while (rs.next()) {
                Long folded = rows.remove(rs.getLong(1));
                if (folded == null || folded != rs.getLong(2)) {
                    stale.add(rs.getLong(1));
                }
            }
        }
        stale.addAll(rows.keySet());
        return stale;
    }

    /** {folded lines, highest line id seen}; locked until the transaction ends when {@code lock}. */
    private static long[] mark(Connection c, boolean lock) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT folded_lines, max_line_id FROM kpi_fact_mark WHERE id = 1" + (lock ? " FOR UPDATE" : ""))) {
            rs.next();
            return new long[] {rs.getLong(1), rs.getLong(2)};
        }
    }

    private static long lineCount(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            return single(s.executeQuery("SELECT COUNT(*) FROM event_transition"));
        }
    }

    private static long maxLineId(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            return single(s.executeQuery("SELECT COALESCE(MAX(id), 0) FROM event_transition"));
        }
    }

    private static long foldedLines(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            return single(s.executeQuery("SELECT COALESCE(SUM(line_count), 0) FROM kpi_event_fact"));
        }
    }

    private static long single(PreparedStatement ps) throws SQLException {
        return single(ps.executeQuery());
    }

    private static long single(ResultSet rs) throws SQLException {
        try (rs) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
