package org.gridcommand.service.intake;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.domain.device.Sensor;
import org.gridcommand.domain.device.SensorKind;
import org.gridcommand.domain.event.DispatchRule;
import org.gridcommand.domain.taxonomy.Category;
import org.gridcommand.domain.taxonomy.CategoryKind;
import org.gridcommand.domain.taxonomy.CategoryTier;
import org.gridcommand.domain.taxonomy.Difficulty;
import org.gridcommand.domain.unit.Unit;
import org.gridcommand.domain.unit.UnitKind;
import org.gridcommand.geo.Wgs84;
import org.gridcommand.store.Database;
import org.gridcommand.store.DatabaseLocation;
import org.gridcommand.store.TestDatabases;
import org.hibernate.Session;
import org.locationtech.jts.geom.Coordinate;

/**
 * A small city on a real database for the intake stories (the same district as the events engineer's): 东湖街道
 * with 幸福社区 (grid G1 in two micro-grids) and 和平社区 (grid G2), plus a grid over Queens (New York) so the
 * real NYC 311 rows can be located. Units: 城管局, 住建局, the street's 城建板块, two community committees.
 * 事项: 占道经营 (小事), 违章搭建 (难事 → 城管局), 道路破损 (大事), 道路积水 (大事, for water-level alarms).
 * A water-level sensor WL-001 in M1, warning 2.5 m, alarm 3.0 m.
 */
public final class SmallCity implements AutoCloseable {
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    public static final Instant NOW = LocalDateTime.of(2026, 11, 24, 10, 0).atZone(SHANGHAI).toInstant();
    /** Inside micro-grid M1 (WGS84). */
    public static final double[] IN_M1 = {120.0025, 30.005};
    /** Inside G2 (和平社区). */
    public static final double[] IN_G2 = {120.015, 30.005};
    public static final double[] OUTSIDE = {121.5, 31.2};

    public final Database db;
    public final Clock clock = Clock.fixed(NOW, SHANGHAI);
    public long street;
    public long xingfu;
    public long g1;
    public long m1;
    public long queens;
    public long chengguan;
    public long xingfuCommittee;
    public long section;

    private SmallCity(Database db) {
        this.db = db;
        db.transact(s -> {
            long district = area(s, AreaLevel.DISTRICT, "D01", null, 120.0, 30.0, 120.02, 30.01);
            street = area(s, AreaLevel.STREET, "D01S01", district, 120.0, 30.0, 120.02, 30.01);
            xingfu = area(s, AreaLevel.COMMUNITY, "D01S01C01", street, 120.0, 30.0, 120.01, 30.01);
            long heping = area(s, AreaLevel.COMMUNITY, "D01S01C02", street, 120.01, 30.0, 120.02, 30.01);
            g1 = area(s, AreaLevel.GRID, "D01S01C01G01", xingfu, 120.0, 30.0, 120.01, 30.01);
            area(s, AreaLevel.GRID, "D01S01C02G01", heping, 120.01, 30.0, 120.02, 30.01);
            m1 = area(s, AreaLevel.MICRO_GRID, "D01S01C01G01M1", g1, 120.0, 30.0, 120.005, 30.01);
            area(s, AreaLevel.MICRO_GRID, "D01S01C01G01M2", g1, 120.005, 30.0, 120.01, 30.01);
            queens = area(s, AreaLevel.GRID, "NYQ01", null, -74.3, 40.45, -73.65, 40.95);
            chengguan = unit(s, "CGJ", "城管局", UnitKind.DISTRICT_DEPARTMENT, AreaLevel.DISTRICT, district);
            unit(s, "ZJJ", "住建局", UnitKind.DISTRICT_DEPARTMENT, AreaLevel.DISTRICT, district);
            section = unit(s, "S01-CJ", "东湖街道城建板块", UnitKind.STREET_SECTION, AreaLevel.STREET, street);
            xingfuCommittee = unit(s, "C01", "幸福社区居委会", UnitKind.COMMUNITY, AreaLevel.COMMUNITY, xingfu);
            unit(s, "C02", "和平社区居委会", UnitKind.COMMUNITY, AreaLevel.COMMUNITY, heping);
            long major = category(s, "01", "市容环境", CategoryTier.MAJOR, null, null, null, 0);
            long minor = category(s, "0101", "街面秩序", CategoryTier.MINOR, major, null, null, 0);
            category(s, "010101", "占道经营", CategoryTier.ITEM, minor, Difficulty.SMALL, "CGJ", 240);
            category(s, "010102", "违章搭建", CategoryTier.ITEM, minor, Difficulty.HARD, "CGJ", 2880);
            category(s, "010103", "道路破损", CategoryTier.ITEM, minor, Difficulty.BIG, "ZJJ", 1440);
            category(s, "010104", "道路积水", CategoryTier.ITEM, minor, Difficulty.BIG, "ZJJ", 240);
            s.persist(new Sensor(db.ids().next(), "WL-001", "东湖1号水位站", SensorKind.WATER_LEVEL,
                    Wgs84.point(IN_M1[0], IN_M1[1]), m1, "m", 2.5, 3.0));
            return null;
        });
    }

    public static SmallCity onH2(Path dir) {
        return new SmallCity(Database.open(TestDatabases.h2(dir)));
    }

    public static SmallCity on(DatabaseLocation location) {
        return new SmallCity(Database.open(location));
    }

    /** Adds a dispatch rule, as an administrator would. */
    public void rule(String categoryCode, String areaPrefix, String lead, List<String> co) {
        db.transact(s -> {
            s.persist(new DispatchRule(db.ids().next(), categoryCode, areaPrefix, lead, co, 0, null));
            return null;
        });
    }

    public long count(String sqlWhere) {
        return db.withConnection(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT COUNT(*) FROM " + sqlWhere)) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private long area(Session s, AreaLevel level, String code, Long parent, double x1, double y1, double x2,
                      double y2) {
        long id = db.ids().next();
        s.persist(new Area(id, level, code, code, parent, 400, Wgs84.FACTORY.createPolygon(new Coordinate[] {
            new Coordinate(x1, y1), new Coordinate(x2, y1), new Coordinate(x2, y2), new Coordinate(x1, y2),
            new Coordinate(x1, y1)})));
        return id;
    }

    private long unit(Session s, String code, String name, UnitKind kind, AreaLevel level, long area) {
        long id = db.ids().next();
        s.persist(new Unit(id, code, name, kind, level, area, null, null));
        return id;
    }

    private long category(Session s, String code, String name, CategoryTier tier, Long parent, Difficulty difficulty,
                          String unit, int handlingMinutes) {
        long id = db.ids().next();
        s.persist(new Category(id, code, name, tier, CategoryKind.EVENT, parent, difficulty, unit,
                handlingMinutes == 0 ? 0 : 60, 0, handlingMinutes, false));
        return id;
    }

    @Override
    public void close() {
        db.close();
    }
}
