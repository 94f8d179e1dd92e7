package org.gridcommand.service.event;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridcommand.domain.event.ActionOrder;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.Placement;
import org.gridcommand.domain.event.Urgency;
import org.gridcommand.store.Database;

/**
 * The event queue in two statements, in {@link ActionOrder}: first the candidates of each part of the order, each
 * read from an index in that part's order and cut at what the page can need (with 1,000,000 events, or 100,000
 * open ones, the page never sorts them all), then the names joined by primary key for the one page only (no N+1).
 * Plain JDBC: it is the hottest read of the console and the ORM would only add cost.
 */
final class EventQueue {
    private static final Set<EventState> OPEN = EnumSet.complementOf(
            EnumSet.of(EventState.CLOSED, EventState.MERGED, EventState.CANCELLED));
    private static final String LIGHT = "SELECT e.id, e.state, e.urgency, e.channel, e.reported_at, "
            + "e.limit_started_at, e.handling_due_at, e.closed_at FROM event e WHERE e.state = ?";
    private static final String ROW = "SELECT e.id, e.number, e.title, e.state, e.urgency, c.name, st.name, co.name, "
            + "g.name, u.name, e.reported_at, e.limit_started_at, e.handling_due_at, e.version, e.placement, "
            + "e.channel, e.closed_at, c.photo_required, e.wording, e.lead_unit_id FROM event e "
            + "LEFT JOIN category c ON c.id = e.category_id "
            + "LEFT JOIN area st ON st.id = e.street_id "
            + "LEFT JOIN area co ON co.id = e.community_id "
            + "LEFT JOIN area g ON g.id = e.grid_id "
            + "LEFT JOIN unit u ON u.id = e.lead_unit_id WHERE e.id ";

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
            Filters filters = filters(c, filter, now);
            long need = (long) page * size + size + 1;
            Map<Long, ActionOrder.Entry> candidates = new LinkedHashMap<>();
            Timestamp at = Timestamp.from(now);
            for (EventState st : filter.states().isEmpty() ? OPEN : filter.states()) {
                for (Part part : parts(st)) {
                    read(c, part, st, filters, at, need, candidates);
                }
            }
            List<Long> ordered = candidates.values().stream().sorted(ActionOrder.at(now))
                    .skip((long) page * size).limit(size + 1L).map(ActionOrder.Entry::id).toList();
            boolean more = ordered.size() > size;
            List<Long> ids = more ? ordered.subList(0, size) : ordered;
            Map<Long, EventQueueRow> rows = rows(c, ids);
            return new EventQueuePage(ids.stream().map(rows::get).filter(r -> r != null).toList(), page, size, more);
        });
    }

    /** One event as the queue shows it (any state), or null when there is none with that id. */
    EventQueueRow row(long eventId) {
        return db.withConnection(c -> rows(c, List.of(eventId)).get(eventId));
    }

    /** A part of the order and the index-ordered read that finds its first events. */
    private enum Part {
        URGENT(" AND e.urgency IN ('URGENT', 'CRITICAL') ORDER BY e.reported_at DESC"),
        ALARM(" AND e.channel IN ('SENSOR', 'AI_CAMERA') ORDER BY e.reported_at DESC"),
        DUE_AHEAD(" AND e.handling_due_at >= ? ORDER BY e.handling_due_at"),
        OVERDUE(" AND e.handling_due_at < ? ORDER BY e.handling_due_at DESC"),
        NO_LIMIT(" AND e.handling_due_at IS NULL ORDER BY e.reported_at DESC"),
        CLOSED(" ORDER BY e.closed_at DESC"),
        ENDED(" ORDER BY e.reported_at DESC");

        final String sql;

        Part(String sql) {
            this.sql = sql;
        }

        boolean needsNow() {
            return this == DUE_AHEAD || this == OVERDUE;
        }
    }

    private static List<Part> parts(EventState st) {
        if (st == EventState.CLOSED) {
            return List.of(Part.CLOSED);
        }
        if (!st.isOpen()) {
            return List.of(Part.ENDED);
        }
        return ActionOrder.WAITING_FOR_CENTER.contains(st)
                ? List.of(Part.URGENT, Part.ALARM, Part.DUE_AHEAD, Part.OVERDUE, Part.NO_LIMIT)
                : List.of(Part.DUE_AHEAD, Part.OVERDUE, Part.NO_LIMIT);
    }

    private static void read(Connection c, Part part, EventState st, Filters filters, Timestamp now, long need,
                             Map<Long, ActionOrder.Entry> into) throws SQLException {
        String sql = LIGHT + filters.sql + part.sql + " LIMIT ?";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            ps.setString(i++, st.name());
            for (Object arg : filters.args) {
                ps.setObject(i++, arg);
            }
            if (part.needsNow()) {
                ps.setTimestamp(i++, now);
            }
            ps.setLong(i, need);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    into.putIfAbsent(id, new ActionOrder.Entry(id, EventState.valueOf(rs.getString(2)),
                            Urgency.valueOf(rs.getString(3)), Channel.valueOf(rs.getString(4)), instant(rs, 5),
                            instant(rs, 6), instant(rs, 7), instant(rs, 8)));
                }
            }
        }
    }

    private static Map<Long, EventQueueRow> rows(Connection c, Collection<Long> ids) throws SQLException {
        Map<Long, EventQueueRow> rows = new HashMap<>();
        if (ids.isEmpty()) {
            return rows;
        }
        try (PreparedStatement ps = c.prepareStatement(ROW + "IN (" + "?, ".repeat(ids.size() - 1) + "?)")) {
            int i = 1;
            for (Long id : ids) {
                ps.setLong(i++, id);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    EventQueueRow row = row(rs);
                    rows.put(row.id(), row);
                }
            }
        }
        return rows;
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
                placement == null ? null : Placement.valueOf(placement), Channel.valueOf(rs.getString(16)),
                instant(rs, 17), rs.getBoolean(18), rs.getString(19), rs.getObject(20, Long.class));
    }

    /** The officer's filters as SQL conditions on {@code e}, with their arguments. */
    private record Filters(String sql, List<Object> args) {
    }

    private static Filters filters(Connection c, EventQueueFilter filter, Instant now) throws SQLException {
        StringBuilder sql = new StringBuilder();
        List<Object> args = new ArrayList<>();
        if (filter.categoryId() != null) {
            Set<Long> ids = categoryAndBelow(c, filter.categoryId());
            // "+ 0" keeps the planner on the state index: the category index would read the category's
            // whole history (a 大类 is a ninth of a million events) to find its few open ones
            sql.append(" AND e.category_id + 0 IN (").append("?, ".repeat(ids.size() - 1)).append("?)");
            args.addAll(ids);
        }
        if (filter.areaId() != null) {
            String column = areaColumn(c, filter.areaId());
            if (column != null) {
                sql.append(" AND e.").append(column).append(" = ?");
                args.add(filter.areaId());
            }
        }
        if (filter.channel() != null) {
            sql.append(" AND e.channel = ?");
            args.add(filter.channel().name());
        }
        if (filter.overdueOnly()) {
            sql.append(" AND e.handling_due_at < ?");
            args.add(Timestamp.from(now));
        }
        if (filter.urgentOnly()) {
            sql.append(" AND e.urgency IN ('URGENT', 'CRITICAL')");
        }
        return new Filters(sql.toString(), args);
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    /** The event column for an area of that level (one indexed equality instead of four ORs); null = district. */
    private static String areaColumn(Connection c, long areaId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT level FROM area WHERE id = ?")) {
            ps.setLong(1, areaId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new IllegalArgumentException("No area with id " + areaId);
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
        try (PreparedStatement ps =
                     c.prepareStatement("SELECT id, parent_id FROM category WHERE parent_id IS NOT NULL");
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
