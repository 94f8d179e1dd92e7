package org.gridcommand.service.map;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.gridcommand.domain.device.SensorKind;
import org.gridcommand.domain.device.SensorState;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.Urgency;
import org.gridcommand.domain.resource.StationKind;
import org.gridcommand.domain.resource.TeamStatus;
import org.gridcommand.geo.StoredPoint;
import org.gridcommand.service.map.MapPoints.CameraPoint;
import org.gridcommand.service.map.MapPoints.EventHistory;
import org.gridcommand.service.map.MapPoints.EventPin;
import org.gridcommand.service.map.MapPoints.ExpertPoint;
import org.gridcommand.service.map.MapPoints.SensorPoint;
import org.gridcommand.service.map.MapPoints.StationPoint;
import org.gridcommand.service.map.MapPoints.Stock;
import org.gridcommand.service.map.MapPoints.TeamPoint;
import org.gridcommand.service.map.MapPoints.WarehousePoint;
import org.gridcommand.store.Database;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the map wall's points: cameras, sensors, open events, warehouses, teams, experts, grid stations and service
 * centres, and a year of event positions for the heat map. Plain JDBC on one connection: the ORM would only add entity
 * instances the map throws
 * away. ST_X/ST_Y read the same on H2GIS and PostGIS.
 */
public final class MapPointsService {
    /** How far back the heat map can look (its longest window). */
    public static final Duration HISTORY = Duration.ofDays(365);

    /**
     * How often the year of event positions under the heat map is read again. The live points are read at every
     * load; the history is ~100,000 rows that a new hour barely changes, and re-reading it every 30 s for weeks
     * would be most of the map wall's database work.
     */
    public static final Duration HISTORY_REFRESH = Duration.ofMinutes(10);

    private static final Logger LOG = LoggerFactory.getLogger(MapPointsService.class);

    private final Database db;
    private final Clock clock;
    /** Events already reported as unreadable: the map reloads every 30 s, the log should say it once. */
    private final Set<Long> warned = ConcurrentHashMap.newKeySet();
    private EventHistory history;
    private Instant historyReadAt;

    public MapPointsService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Every point of the map wall in one read (a consistent view: one transaction). Blocking database work: call it
     * off the FX thread. Demo city: about 60 ms on H2.
     */
    public MapPoints load() {
        return load(true);
    }

    /**
     * As {@link #load()}, but reads the heat map's year of event positions only if {@code withHistory} (the heat
     * map is shown): otherwise the history read before, if any, or none. A console starts without it: it is most
     * of the map wall's first read, and the heat map is off until the officer turns it on.
     */
    public synchronized MapPoints load(boolean withHistory) {
        Instant now = clock.instant();
        boolean stale = history == null || now.isBefore(historyReadAt)
                || now.isAfter(historyReadAt.plus(HISTORY_REFRESH));
        return db.withConnection(c -> {
            if (withHistory && stale) {
                history = history(c, now.minus(HISTORY));
                historyReadAt = now;
            }
            return new MapPoints(cameras(c), sensors(c), openEvents(c), warehouses(c), teams(c), experts(c),
                    stations(c), history == null ? EventHistory.EMPTY : history);
        });
    }

    /**
     * Every grid worker with the grid in their care, by name. Blocking database work: call it off the FX thread. A
     * city has a few thousand: read in one go, kept by the map for its selection tools.
     */
    public List<GridWorker> gridWorkers() {
        return db.withConnection(c -> {
            List<GridWorker> out = new ArrayList<>();
            try (ResultSet r = query(c, "SELECT id, code, name, phone, area_id FROM person"
                    + " WHERE role = 'GRID_WORKER' AND area_id IS NOT NULL ORDER BY name, id")) {
                while (r.next()) {
                    out.add(new GridWorker(r.getLong(1), r.getString(2), r.getString(3), r.getString(4),
                            r.getLong(5)));
                }
            }
            return out;
        });
    }

    private static List<CameraPoint> cameras(Connection c) throws SQLException {
        List<CameraPoint> out = new ArrayList<>();
        try (ResultSet r = query(c, "SELECT id, code, name, ST_X(location), ST_Y(location), online, ai_enabled,"
                + " stream_url FROM camera WHERE location IS NOT NULL ORDER BY id")) {
            while (r.next()) {
                out.add(new CameraPoint(r.getLong(1), r.getString(2), r.getString(3), r.getDouble(4), r.getDouble(5),
                        r.getBoolean(6), r.getBoolean(7), r.getString(8)));
            }
        }
        return out;
    }

    private static List<SensorPoint> sensors(Connection c) throws SQLException {
        List<SensorPoint> out = new ArrayList<>();
        try (ResultSet r = query(c, "SELECT id, code, name, kind, ST_X(location), ST_Y(location), measure_unit,"
                + " last_value, last_reading_at, warning_threshold, alarm_threshold, state FROM sensor"
                + " WHERE location IS NOT NULL ORDER BY id")) {
            while (r.next()) {
                double v = r.getDouble(8);
                Double last = r.wasNull() ? null : v;
                out.add(new SensorPoint(r.getLong(1), r.getString(2), r.getString(3),
                        SensorKind.valueOf(r.getString(4)),
                        r.getDouble(5), r.getDouble(6), r.getString(7), last, instant(r, 9), r.getDouble(10),
                        r.getDouble(11), SensorState.valueOf(r.getString(12))));
            }
        }
        return out;
    }

    /** Open events with a position; a row that cannot be read is left off the map with a warning (once). */
    private List<EventPin> openEvents(Connection c) throws SQLException {
        List<EventPin> out = new ArrayList<>();
        try (ResultSet r = query(c, "SELECT id, number, title, state, urgency, ST_AsBinary(location), address,"
                + " reported_at, limit_started_at, handling_due_at, micro_grid_id, grid_id, community_id, street_id,"
                + " wording FROM event WHERE location IS NOT NULL AND state NOT IN ('CLOSED', 'MERGED', 'CANCELLED')"
                + " ORDER BY id")) {
            while (r.next()) {
                try {
                    double[] p = StoredPoint.lonLat(r.getBytes(6));
                    out.add(new EventPin(r.getLong(1), r.getString(2), r.getString(3),
                            EventState.valueOf(r.getString(4)), Urgency.valueOf(r.getString(5)), p[0], p[1],
                            r.getString(7), instant(r, 8), instant(r, 9), instant(r, 10), id(r, 11), id(r, 12),
                            id(r, 13), id(r, 14), r.getString(15)));
                } catch (RuntimeException | SQLException e) {
                    skipped(r.getLong(1), r.getString(2), e);
                }
            }
        }
        return out;
    }

    private void skipped(long id, String number, Exception why) {
        if (warned.add(id)) {
            LOG.warn("Map: event {} (id {}) is left off the map: {}", number, id, why.getMessage());
        }
    }

    private static List<WarehousePoint> warehouses(Connection c) throws SQLException {
        Map<Long, List<Stock>> stock = new HashMap<>();
        try (ResultSet r = query(c, "SELECT warehouse_id, item_name, quantity, reserved, measure_unit FROM stock_item"
                + " ORDER BY warehouse_id, item_code")) {
            while (r.next()) {
                stock.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                        .add(new Stock(r.getString(2), r.getInt(3), r.getInt(4), r.getString(5)));
            }
        }
        List<WarehousePoint> out = new ArrayList<>();
        try (ResultSet r = query(c, "SELECT id, code, name, ST_X(location), ST_Y(location), address, keeper, phone"
                + " FROM warehouse WHERE location IS NOT NULL ORDER BY id")) {
            while (r.next()) {
                out.add(new WarehousePoint(r.getLong(1), r.getString(2), r.getString(3), r.getDouble(4),
                        r.getDouble(5), r.getString(6), r.getString(7), r.getString(8),
                        stock.getOrDefault(r.getLong(1), List.of())));
            }
        }
        return out;
    }

    private static List<TeamPoint> teams(Connection c) throws SQLException {
        List<TeamPoint> out = new ArrayList<>();
        try (ResultSet r = query(c, "SELECT id, code, name, ST_X(location), ST_Y(location), skills, headcount, status,"
                + " leader, phone FROM team WHERE location IS NOT NULL ORDER BY id")) {
            while (r.next()) {
                out.add(new TeamPoint(r.getLong(1), r.getString(2), r.getString(3), r.getDouble(4), r.getDouble(5),
                        r.getString(6), r.getInt(7), TeamStatus.valueOf(r.getString(8)), r.getString(9),
                        r.getString(10)));
            }
        }
        return out;
    }

    private static List<ExpertPoint> experts(Connection c) throws SQLException {
        List<ExpertPoint> out = new ArrayList<>();
        try (ResultSet r = query(c, "SELECT id, name, ST_X(location), ST_Y(location), field, title, organization,"
                + " phone, available FROM expert WHERE location IS NOT NULL ORDER BY id")) {
            while (r.next()) {
                out.add(new ExpertPoint(r.getLong(1), r.getString(2), r.getDouble(3), r.getDouble(4), r.getString(5),
                        r.getString(6), r.getString(7), r.getString(8), r.getBoolean(9)));
            }
        }
        return out;
    }

    private static List<StationPoint> stations(Connection c) throws SQLException {
        List<StationPoint> out = new ArrayList<>();
        try (ResultSet r = query(c, "SELECT s.id, s.code, s.name, s.kind, ST_X(s.location), ST_Y(s.location),"
                + " s.area_id, a.name, s.address, s.phone, s.opening_hours, s.staff_count FROM service_station s"
                + " LEFT JOIN area a ON a.id = s.area_id WHERE s.location IS NOT NULL ORDER BY s.id")) {
            while (r.next()) {
                out.add(new StationPoint(r.getLong(1), r.getString(2), r.getString(3),
                        StationKind.valueOf(r.getString(4)), r.getDouble(5), r.getDouble(6), id(r, 7),
                        r.getString(8), r.getString(9), r.getString(10), r.getString(11), r.getInt(12)));
            }
        }
        return out;
    }

    private EventHistory history(Connection c, Instant since) throws SQLException {
        int n = 0;
        double[] lon = new double[4096];
        double[] lat = new double[4096];
        long[] at = new long[4096];
        try (PreparedStatement s = c.prepareStatement("SELECT ST_AsBinary(location), reported_at, id, number FROM event"
                + " WHERE location IS NOT NULL AND reported_at >= ?")) {
            s.setTimestamp(1, Timestamp.from(since));
            s.setFetchSize(5000);
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    if (n == lon.length) {
                        lon = Arrays.copyOf(lon, n * 2);
                        lat = Arrays.copyOf(lat, n * 2);
                        at = Arrays.copyOf(at, n * 2);
                    }
                    double[] p;
                    Instant t;
                    try {
                        p = StoredPoint.lonLat(r.getBytes(1));
                        t = instant(r, 2);
                    } catch (RuntimeException | SQLException e) {
                        skipped(r.getLong(3), r.getString(4), e);
                        continue;
                    }
                    lon[n] = p[0];
                    lat[n] = p[1];
                    at[n] = t == null ? 0 : t.getEpochSecond();
                    n++;
                }
            }
        }
        return new EventHistory(Arrays.copyOf(lon, n), Arrays.copyOf(lat, n),
                Arrays.copyOf(at, n));
    }

    private static ResultSet query(Connection c, String sql) throws SQLException {
        // closed with its ResultSet: H2 and PostgreSQL close a statement's result when the statement closes
        PreparedStatement s = c.prepareStatement(sql);
        s.closeOnCompletion();
        return s.executeQuery();
    }

    private static Instant instant(ResultSet r, int col) throws SQLException {
        OffsetDateTime t = r.getObject(col, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static Long id(ResultSet r, int col) throws SQLException {
        long v = r.getLong(col);
        return r.wasNull() ? null : v;
    }
}
