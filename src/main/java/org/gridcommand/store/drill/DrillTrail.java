package org.gridcommand.store.drill;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridcommand.domain.drill.TrailEntry;
import org.gridcommand.store.Database;

/**
 * The drill copy's audit trail read for scoring: when (on the drill clock) an event was registered or dispatched
 * to a unit, a plan activated at a level, stock drawn from a warehouse. Each answer is the first time in
 * {@code [from, to]}, or empty.
 */
public final class DrillTrail {
    private final Database db;

    public DrillTrail(Database db) {
        this.db = db;
    }

    /** When {@code eventId} was registered (立案). */
    public Optional<Instant> registered(long eventId, Instant from, Instant to) {
        return first("SELECT MIN(occurred_at) FROM event_transition WHERE event_id = ? AND action = 'REGISTER' "
                + "AND occurred_at >= ? AND occurred_at <= ?", eventId, from, to);
    }

    /** When an event ({@code eventId}, or any when null) was dispatched to the unit {@code unitCode}. */
    public Optional<Instant> dispatched(Long eventId, String unitCode, Instant from, Instant to) {
        String sql = "SELECT MIN(t.occurred_at) FROM event_transition t JOIN unit u ON u.id = t.unit_id "
                + "WHERE t.action = 'DISPATCH' AND u.code = ? AND t.occurred_at >= ? AND t.occurred_at <= ?";
        return eventId == null ? first(sql, unitCode, from, to)
                : first(sql + " AND t.event_id = ?", unitCode, from, to, eventId);
    }

    /** When {@code planCode} was activated at one of {@code levels} (the lowest acceptable and every higher one). */
    public Optional<Instant> activated(String planCode, List<String> levels, Instant from, Instant to) {
        List<Object> args = new ArrayList<>(List.of(planCode, from, to));
        args.addAll(levels);
        return first("SELECT MIN(activated_at) FROM activation WHERE plan_code = ? AND activated_at >= ? "
                + "AND activated_at <= ? AND level IN (" + "?,".repeat(levels.size()).replaceAll(",$", "") + ")",
                args.toArray());
    }

    /** When stock of {@code itemCode} (from {@code warehouseCode}, or any when null) was issued or reserved. */
    public Optional<Instant> drawn(String itemCode, String warehouseCode, Instant from, Instant to) {
        String sql = "SELECT MIN(m.occurred_at) FROM stock_movement m JOIN stock_item i ON i.id = m.stock_item_id "
                + "JOIN warehouse w ON w.id = i.warehouse_id WHERE m.kind IN ('OUT', 'RESERVED') "
                + "AND i.item_code = ? AND m.occurred_at >= ? AND m.occurred_at <= ?";
        return warehouseCode == null ? first(sql, itemCode, from, to)
                : first(sql + " AND w.code = ?", itemCode, from, to, warehouseCode);
    }

    /**
     * What people did in the drill city after the row {@code afterId} (see {@link #lastStepId()}) and in
     * {@code [from, to]}, in order: event steps, plan activations and stock movements (the injects' own arrivals,
     * reported as DRILL-n or recorded by {@code intakeActor}, are left out: the players did not do them). The id
     * keeps out the copied history, whose times may well fall inside the scenario's.
     */
    public List<TrailEntry> steps(long afterId, Instant from, Instant to, String intakeActor) {
        String sql = "SELECT t.occurred_at, t.actor, t.action, e.number FROM event_transition t "
                + "JOIN event e ON e.id = t.event_id WHERE t.id > ? AND t.occurred_at >= ? AND t.occurred_at <= ? "
                + "AND t.actor <> ? AND NOT (t.action = 'REPORT' AND COALESCE(e.external_id, '') LIKE 'DRILL-%') "
                + "UNION ALL SELECT activated_at, activated_by, 'ACTIVATE', plan_code || ' ' || level FROM activation "
                + "WHERE id > ? AND activated_at >= ? AND activated_at <= ? "
                + "UNION ALL SELECT m.occurred_at, m.actor, m.kind, w.code || ' ' || i.item_code || ' x' || m.quantity "
                + "FROM stock_movement m JOIN stock_item i ON i.id = m.stock_item_id "
                + "JOIN warehouse w ON w.id = i.warehouse_id WHERE m.id > ? AND m.occurred_at >= ? "
                + "AND m.occurred_at <= ? ORDER BY 1";
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, new Object[] {afterId, from, to, intakeActor, afterId, from, to, afterId, from, to});
                List<TrailEntry> steps = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        steps.add(new TrailEntry(rs.getObject(1, OffsetDateTime.class).toInstant(), rs.getString(2),
                                rs.getString(3), rs.getString(4)));
                    }
                }
                return steps;
            }
        });
    }

    /** The highest id among event steps, activations and stock movements now (0 when there are none). */
    public long lastStepId() {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT MAX(id) FROM (SELECT MAX(id) AS id FROM "
                    + "event_transition UNION ALL SELECT MAX(id) FROM activation UNION ALL SELECT MAX(id) FROM "
                    + "stock_movement) ids"); ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0L;
            }
        });
    }

    /** The id of the unit with {@code code}, or empty. */
    public Optional<Long> unitId(String code) {
        return id("SELECT id FROM unit WHERE code = ?", code);
    }

    /** The id of the warehouse with {@code code}, or empty. */
    public Optional<Long> warehouseId(String code) {
        return id("SELECT id FROM warehouse WHERE code = ?", code);
    }

    /** The centre (lon, lat) of the grid {@code code}, or of the camera or sensor with that code; or empty. */
    public Optional<double[]> point(String code) {
        return db.withConnection(c -> {
            for (String sql : List.of(
                    "SELECT ST_X(ST_Centroid(boundary)), ST_Y(ST_Centroid(boundary)) FROM area WHERE code = ?",
                    "SELECT ST_X(location), ST_Y(location) FROM camera WHERE code = ?",
                    "SELECT ST_X(location), ST_Y(location) FROM sensor WHERE code = ?")) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setString(1, code);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            return Optional.of(new double[] {rs.getDouble(1), rs.getDouble(2)});
                        }
                    }
                }
            }
            return Optional.empty();
        });
    }

    private Optional<Long> id(String sql, String code) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setString(1, code);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getLong(1)) : Optional.<Long>empty();
                }
            }
        });
    }

    private Optional<Instant> first(String sql, Object... args) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                bind(ps, args);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<Instant>empty();
                    }
                    OffsetDateTime t = rs.getObject(1, OffsetDateTime.class);
                    return Optional.ofNullable(t).map(OffsetDateTime::toInstant);
                }
            }
        });
    }

    private static void bind(PreparedStatement ps, Object[] args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            if (a instanceof Instant t) {
                ps.setObject(i + 1, t.atOffset(ZoneOffset.UTC));
            } else {
                ps.setObject(i + 1, a);
            }
        }
    }
}
