package org.gridcommand.service.event;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.Placement;
import org.gridcommand.domain.event.Urgency;
import org.gridcommand.store.Database;

/**
 * The open-event queue in one SQL statement: indexed filters on {@code event}, the names joined by primary key
 * for the one page only (no N+1), sorted by handling deadline. Plain JDBC: it is the hottest read of the console
 * and the ORM would only add cost.
 */
final class EventQueue {
    private static final Set<EventState> OPEN = EnumSet.complementOf(
            EnumSet.of(EventState.CLOSED, EventState.MERGED, EventState.CANCELLED));

    private final Database db;
    private final Clock clock;

    EventQueue(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    EventQueuePage page(EventQueueFilter filter, int page, int size) {
        if (page < 0 || size < 1 || size > 1000) {
            throw new IllegalArgumentException("page must be ≥ 0 and size 1..1000, was " + page + "/" + size);
        }
        Instant now = clock.instant();
        return db.withConnection(c -> {
            StringBuilder filters = new StringBuilder();
            List<Object> filterArgs = new ArrayList<>();
            Set<EventState> states = filter.states().isEmpty() ? OPEN : filter.states();
            if (filter.categoryId() != null) {
                Set<Long> ids = categoryAndBelow(c, filter.categoryId());
                // "+ 0" keeps the planner on the state index: the category index would read the category's
                // whole history (a 大类 is a ninth of a million events) to find its few open ones
                filters.append(" AND e.category_id + 0 IN (").append("?, ".repeat(ids.size() - 1)).append("?)");
                filterArgs.addAll(ids);
            }
            if (filter.areaId() != null) {
                String column = areaColumn(c, filter.areaId());
                if (column != null) {
                    filters.append(" AND e.").append(column).append(" = ?");
                    filterArgs.add(filter.areaId());
                }
            }
            if (filter.channel() != null) {
                filters.append(" AND e.channel = ?");
                filterArgs.add(filter.channel().name());
            }
            if (filter.overdueOnly()) {
                filters.append(" AND e.handling_due_at < ?");
                filterArgs.add(Timestamp.from(now));
            }
            // Candidates per state, each read in deadline order from the (state, handling_due_at) index and cut at
            // what the page can need: with 1,000,000 events, or 100,000 open ones, the page never sorts them all.
            long need = (long) page * size + size + 1;
            StringBuilder candidates = new StringBuilder();
            List<Object> args = new ArrayList<>();
            for (EventState st : states) {
                for (boolean withDeadline : new boolean[] {true, false}) {
                    candidates.append(candidates.length() == 0 ? "" : " UNION ALL ")
                            .append("(SELECT e.id FROM event e WHERE e.state = ? AND e.handling_due_at IS ")
                            .append(withDeadline ? "NOT NULL" : "NULL").append(filters)
                            .append(withDeadline ? " ORDER BY e.handling_due_at" : " ORDER BY e.id")
                            .append(" LIMIT ?)");
                    args.add(st.name());
                    args.addAll(filterArgs);
                    args.add(need);
                }
            }
            String sql = "SELECT e.id, e.number, e.title, e.state, e.urgency, c.name, st.name, co.name, g.name, "
                    + "u.name, e.reported_at, e.limit_started_at, e.handling_due_at, e.version, e.placement "
                    + "FROM (" + candidates + ") k "
                    + "JOIN event e ON e.id = k.id "
                    + "LEFT JOIN category c ON c.id = e.category_id "
                    + "LEFT JOIN area st ON st.id = e.street_id "
                    + "LEFT JOIN area co ON co.id = e.community_id "
                    + "LEFT JOIN area g ON g.id = e.grid_id "
                    + "LEFT JOIN unit u ON u.id = e.lead_unit_id"
                    + " ORDER BY e.handling_due_at NULLS LAST, e.id LIMIT ? OFFSET ?";
            args.add(size + 1);
            args.add((long) page * size);
            List<EventQueueRow> rows = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.size(); i++) {
                    ps.setObject(i + 1, args.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows.add(row(rs));
                    }
                }
            }
            boolean more = rows.size() > size;
            return new EventQueuePage(more ? rows.subList(0, size) : rows, page, size, more);
        });
    }

    private static EventQueueRow row(ResultSet rs) throws SQLException {
        StringBuilder areas = new StringBuilder();
        for (int i = 7; i <= 9; i++) {
            String name = rs.getString(i);
            if (name != null) {
                areas.append(areas.length() == 0 ? "" : " / ").append(name);
            }
        }
        String placement = rs.getString(15);
        return new EventQueueRow(rs.getLong(1), rs.getString(2), rs.getString(3), EventState.valueOf(rs.getString(4)),
                Urgency.valueOf(rs.getString(5)), rs.getString(6), areas.toString(), rs.getString(10),
                instant(rs, 11), instant(rs, 12), instant(rs, 13), rs.getLong(14),
                placement == null ? null : Placement.valueOf(placement));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        java.time.OffsetDateTime t = rs.getObject(column, java.time.OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /** The event column for an area of that level (one indexed equality instead of four ORs); null = district. */
    private static String areaColumn(Connection c, long areaId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT level FROM area WHERE id = ?")) {
            ps.setLong(1, areaId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new java.util.NoSuchElementException("没有这个区域 / No area with id " + areaId);
                }
                return switch (rs.getString(1)) {
                    case "STREET" -> "street_id";
                    case "COMMUNITY" -> "community_id";
                    case "GRID" -> "grid_id";
                    case "MICRO_GRID" -> "micro_grid_id";
                    default -> null;
                };
            }
        }
    }

    /** The category and every category below it in the taxonomy (a small table: read whole). */
    private static Set<Long> categoryAndBelow(Connection c, long root) throws SQLException {
        Map<Long, List<Long>> children = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, parent_id FROM category WHERE parent_id IS NOT NULL");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                children.computeIfAbsent(rs.getLong(2), k -> new ArrayList<>()).add(rs.getLong(1));
            }
        }
        Set<Long> all = new HashSet<>();
        List<Long> todo = new ArrayList<>(List.of(root));
        while (!todo.isEmpty()) {
            Long id = todo.remove(todo.size() - 1);
            if (all.add(id)) {
                todo.addAll(children.getOrDefault(id, List.of()));
            }
        }
        return all;
    }
}
