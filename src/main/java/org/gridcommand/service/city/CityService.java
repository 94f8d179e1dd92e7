package org.gridcommand.service.city;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.geo.Wgs84;
import org.gridcommand.store.Database;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/** Reads the city as the console shows it: the area hierarchy, what is in an area, and the live counts. */
public final class CityService {
    /** The tables `stats` reports, in the order a reader expects. */
    static final List<String> TABLES = List.of("area", "unit", "person", "category", "camera", "sensor",
            "warehouse", "stock_item", "team", "expert", "service_station", "plan", "plan_level", "event",
            "event_transition", "basemap_feature");

    /** Listed rather than "not closed" so the database can range-scan its (state, deadline) index. */
    private static final List<EventState> OPEN_STATES =
            Arrays.stream(EventState.values()).filter(EventState::isOpen).toList();

    private final Database db;
    private final Clock clock;

    public CityService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /**
     * Every area of every level, with its boundary, ordered by level then code (parents before children).
     * Read with plain JDBC and WKB: at start-up this is ~8,600 polygons, and the ORM costs several times more.
     */
    public List<Area> areas() {
        return areas("");
    }

    /** The areas of these levels only (a report's map needs ~140 of the ~8,600), ordered as {@link #areas()}. */
    public List<Area> areas(Set<AreaLevel> levels) {
        return areas(levels.stream().map(l -> "'" + l.name() + "'")
                .collect(Collectors.joining(", ", " WHERE level IN (", ")")));
    }

    private List<Area> areas(String where) {
        return db.withConnection(c -> {
            List<Area> areas = new ArrayList<>();
            WKBReader wkb = new WKBReader(Wgs84.FACTORY);
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT id, level, code, name, "
                    + "parent_id, households, ST_AsBinary(boundary) FROM area" + where)) {
                while (rs.next()) {
                    byte[] bytes = rs.getBytes(7);
                    Geometry boundary = null;
                    if (bytes != null) {
                        try {
                            boundary = wkb.read(bytes);
                        } catch (ParseException e) {
                            throw new SQLException("unreadable boundary of area " + rs.getLong(1), e);
                        }
                    }
                    long parentValue = rs.getLong(5);
                    Long parent = rs.wasNull() ? null : parentValue;
                    areas.add(new Area(rs.getLong(1), AreaLevel.valueOf(rs.getString(2)), rs.getString(3),
                            rs.getString(4), parent, rs.getInt(6), boundary));
                }
            }
            areas.sort(Comparator.comparing(Area::getLevel).thenComparing(Area::getCode));
            return areas;
        });
    }

    /** Row counts per table, for `gridcommand stats` and the health view. */
    public Map<String, Long> tableCounts() {
        return db.withConnection(c -> {
            Map<String, Long> counts = new LinkedHashMap<>();
            try (Statement st = c.createStatement()) {
                for (String table : TABLES) {
                    try (ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
                        rs.next();
                        counts.put(table, rs.getLong(1));
                    }
                }
            }
            return Collections.unmodifiableMap(counts);
        });
    }

    /** Open events, and those of them past their handling limit on the application clock. */
    public EventCounts eventCounts() {
        Instant now = clock.instant();
        return db.transactStateless(s -> {
            long open = s.createSelectionQuery(
                    "select count(e) from Event e where e.state in :open", Long.class)
                    .setParameter("open", OPEN_STATES).getSingleResult();
            long overdue = s.createSelectionQuery(
                    "select count(e) from Event e where e.state in :open and e.handlingDueAt < :now", Long.class)
                    .setParameter("open", OPEN_STATES).setParameter("now", now).getSingleResult();
            return new EventCounts(open, overdue);
        });
    }

    /**
     * What the details panel shows for the area with {@code areaId}.
     *
     * @throws NoSuchElementException when there is no such area (it may have been removed by a re-import)
     */
    public AreaSummary summarize(long areaId) {
        Instant now = clock.instant();
        return db.transactStateless(s -> {
            Area area = s.get(Area.class, areaId);
            if (area == null) {
                throw new NoSuchElementException("No area with id " + areaId);
            }
            List<Area> path = new ArrayList<>();
            for (Long p = area.getParentId(); p != null; ) {
                Area parent = s.get(Area.class, p);
                if (parent == null) {
                    break;
                }
                path.add(0, parent);
                p = parent.getParentId();
            }
            long children = s.createSelectionQuery("select count(a) from Area a where a.parentId = :id", Long.class)
                    .setParameter("id", areaId).getSingleResult();
            String scope = eventScope(area.getLevel());
            String where = scope == null ? "" : " and e." + scope + " = :id";
            var openQuery = s.createSelectionQuery("select count(e) from Event e where e.state in :open"
                    + where, Long.class).setParameter("open", OPEN_STATES);
            var overdueQuery = s.createSelectionQuery("select count(e) from Event e where e.state in :open"
                    + " and e.handlingDueAt < :now" + where, Long.class)
                    .setParameter("open", OPEN_STATES).setParameter("now", now);
            if (scope != null) {
                openQuery.setParameter("id", areaId);
                overdueQuery.setParameter("id", areaId);
            }
            long cameras = s.createSelectionQuery(
                    "select count(c) from Camera c where st_within(c.location, :b) = true", Long.class)
                    .setParameter("b", area.getBoundary()).getSingleResult();
            long sensors = s.createSelectionQuery(
                    "select count(x) from Sensor x where st_within(x.location, :b) = true", Long.class)
                    .setParameter("b", area.getBoundary()).getSingleResult();
            return new AreaSummary(area, List.copyOf(path), children, area.getHouseholds(),
                    openQuery.getSingleResult(), overdueQuery.getSingleResult(), cameras, sensors);
        });
    }

    /** The event column that ties an event to an area of this level; null for the whole district. */
    private static String eventScope(AreaLevel level) {
        return switch (level) {
            case DISTRICT -> null;
            case STREET -> "streetId";
            case COMMUNITY -> "communityId";
            case GRID -> "gridId";
            case MICRO_GRID -> "microGridId";
        };
    }
}
