package org.gridcommand.service.event.queue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.store.Database;

/**
 * The return-visit desk's list (回访): closed events whose reporter has not been reached yet, the longest waiting
 * first (a reporter called a week after closure remembers less than one called the next day). Read from the
 * (return_visit, closed_at) index: only the pending few, however long the history.
 */
public final class ReturnVisitQueue {
    private static final String CALLS = "SELECT e.id, e.number, e.title, c.name, st.name, co.name, g.name, e.address, "
            + "e.reporter, e.channel, e.reported_at, e.closed_at, u.name, e.visit_tries, e.version FROM event e "
            + "LEFT JOIN category c ON c.id = e.category_id "
            + "LEFT JOIN area st ON st.id = e.street_id "
            + "LEFT JOIN area co ON co.id = e.community_id "
            + "LEFT JOIN area g ON g.id = e.grid_id "
            + "LEFT JOIN unit u ON u.id = e.lead_unit_id "
            + "WHERE e.return_visit = 'PENDING' AND e.state = 'CLOSED' ORDER BY e.closed_at, e.id LIMIT ?";

    private final Database db;

    public ReturnVisitQueue(Database db) {
        this.db = db;
    }

    /** Up to {@code limit} calls to make, the longest waiting first. */
    public List<VisitCall> awaiting(int limit) {
        return db.withConnection(c -> {
            List<VisitCall> calls = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(CALLS)) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        calls.add(call(rs, null));
                    }
                }
            }
            Map<Long, String> handling = handling(c, calls);
            return calls.stream().map(v -> new VisitCall(v.id(), v.number(), v.title(), v.categoryName(),
                    v.areaNames(), v.address(), v.reporter(), v.channel(), v.reportedAt(), v.closedAt(),
                    v.leadUnitName(), v.tries(), v.version(), handling.get(v.id()))).toList();
        });
    }

    /** How many calls are waiting (for the tab's badge). */
    public int count() {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM event "
                    + "WHERE return_visit = 'PENDING' AND state = 'CLOSED'");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        });
    }

    /** The last handling report's note of each event: what the unit says it did. */
    private static Map<Long, String> handling(Connection c, List<VisitCall> calls) throws SQLException {
        Map<Long, String> notes = new HashMap<>();
        if (calls.isEmpty()) {
            return notes;
        }
        String sql = "SELECT event_id, note FROM event_transition WHERE action = 'FEEDBACK' AND event_id IN ("
                + "?, ".repeat(calls.size() - 1) + "?) ORDER BY occurred_at, id";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < calls.size(); i++) {
                ps.setLong(i + 1, calls.get(i).id());
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(2) != null) {
                        notes.put(rs.getLong(1), rs.getString(2));
                    }
                }
            }
        }
        return notes;
    }

    private static VisitCall call(ResultSet rs, String handling) throws SQLException {
        StringBuilder areas = new StringBuilder();
        for (int i = 5; i <= 7; i++) {
            String name = rs.getString(i);
            if (name != null) {
                areas.append(areas.length() == 0 ? "" : " / ").append(name);
            }
        }
        return new VisitCall(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), areas.toString(),
                rs.getString(8), rs.getString(9), Channel.valueOf(rs.getString(10)), instant(rs, 11), instant(rs, 12),
                rs.getString(13), rs.getInt(14), rs.getLong(15), handling);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
