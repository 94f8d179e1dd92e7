package org.gridcommand.service.emergency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.domain.plan.EmergencyType;
import org.gridcommand.domain.plan.Plan;
import org.gridcommand.domain.plan.PlanLevel;
import org.gridcommand.domain.plan.ResponseLevel;
import org.gridcommand.domain.resource.Expert;
import org.gridcommand.domain.resource.StockItem;
import org.gridcommand.domain.resource.Team;
import org.gridcommand.domain.resource.Warehouse;
import org.gridcommand.domain.unit.Unit;
import org.gridcommand.domain.unit.UnitKind;
import org.gridcommand.geo.Wgs84;
import org.gridcommand.store.Database;
import org.hibernate.Session;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * A small river town for the commander's stories: the river crossing at (121.47 E, 31.23 N), warehouses, teams and
 * experts at known distances, two communities, and a flood plan FLOOD-01 with levels I and III.
 */
public final class FloodScenario {
    public static final double LON = 121.47;
    public static final double LAT = 31.23;
    public static final Instant START = Instant.parse("2026-07-12T02:00:00Z");
    /** Metres per degree of longitude and latitude here, to place things at given distances. */
    static final double M_LON = Math.toRadians(1) * Wgs84.EARTH_RADIUS_M * Math.cos(Math.toRadians(LAT));
    static final double M_LAT = Math.toRadians(1) * Wgs84.EARTH_RADIUS_M;

    public long planId;
    public long riversideGrid;
    public long hillCommunity;
    public long nearWarehouseSandbags;
    public long northWarehouseSandbags;
    public long northWarehousePumps;
    public long farWarehouseSandbags;
    public long team30;
    public long team25;
    public long team40;
    public long expertNear;

    /** A clock the test moves by hand. */
    public static final class TestClock extends Clock {
        private Instant now = START;

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Shanghai");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public synchronized Instant instant() {
            return now;
        }

        public synchronized void advance(Duration d) {
            now = now.plus(d);
        }
    }

    /** Fills {@code db} with the town. */
    public static FloodScenario create(Database db) {
        FloodScenario f = new FloodScenario();
        db.transact(s -> {
            long district = db.ids().next();
            s.persist(new Area(district, AreaLevel.DISTRICT, "D1", "滨江区", null, 0, square(0, 0, 20_000)));
            f.riversideGrid = db.ids().next();
            s.persist(new Area(f.riversideGrid, AreaLevel.GRID, "G-RIVER-01", "滨河第一网格", district, 420,
                    square(0, 0, 600)));
            f.hillCommunity = db.ids().next();
            s.persist(new Area(f.hillCommunity, AreaLevel.COMMUNITY, "C-HILL", "山前社区", district, 3000,
                    square(0, 12_000, 1_000)));
            s.persist(new Unit(db.ids().next(), "CM-RIVER", "滨河社区居委会", UnitKind.COMMUNITY, AreaLevel.COMMUNITY,
                    f.riversideGrid, null, "021-1"));
            s.persist(new Unit(db.ids().next(), "CM-HILL", "山前社区居委会", UnitKind.COMMUNITY, AreaLevel.COMMUNITY,
                    f.hillCommunity, null, "021-2"));
            s.persist(new Unit(db.ids().next(), "WB001", "区水务局", UnitKind.DISTRICT_DEPARTMENT,
                    AreaLevel.DISTRICT, district, null, "021-3"));

            long w1 = warehouse(db, s, "W-NEAR", "滨河应急仓库", 500, 0);
            long w2 = warehouse(db, s, "W-NORTH", "北区防汛仓库", 0, 2_000);
            long w3 = warehouse(db, s, "W-FAR", "远郊物资储备库", 8_000, 0);
            f.nearWarehouseSandbags = stock(db, s, w1, "SANDBAG", "编织袋", "条", 3000);
            f.northWarehouseSandbags = stock(db, s, w2, "SANDBAG", "编织袋", "条", 5000);
            f.northWarehousePumps = stock(db, s, w2, "PUMP", "排涝泵", "台", 10);
            f.farWarehouseSandbags = stock(db, s, w3, "SANDBAG", "编织袋", "条", 1000);

            f.team30 = team(db, s, "T-30", "滨河防汛抢险队", "防汛抢险,排涝", 30, 1_000, 0);
            f.team25 = team(db, s, "T-25", "北区抢险队", "防汛抢险", 25, 0, 3_000);
            f.team40 = team(db, s, "T-40", "区应急救援大队", "防汛抢险,消防", 40, -6_000, 0);
            team(db, s, "T-PUMP", "排涝专业队", "排涝", 12, 200, 0);

            f.expertNear = expert(db, s, "张工", "水利", 300, 300);
            expert(db, s, "李工", "水利", 0, -4_000);
            expert(db, s, "王工", "水利", 15_000, 0);
            expert(db, s, "赵工", "消防", 100, 0);

            f.planId = db.ids().next();
            s.persist(new Plan(f.planId, "FLOOD-01", 1, "滨江区防汛应急预案", EmergencyType.FLOOD, "防汛"));
            s.persist(new PlanLevel(db.ids().next(), f.planId, ResponseLevel.I,
                    "WATER_LEVEL >= 4.5 FOR 30m\nEVENTS category=C0101 >= 5 WITHIN 60m RADIUS 1000m",
                    "COMMUNITY|组织低洼区群众转移\nDISTRICT_DEPARTMENT|调度泵站全力排涝\nWB001|发布水情通报",
                    "ITEM|SANDBAG|5000\nITEM|PUMP|12\nTEAM|防汛抢险|60\nEXPERT|水利|2"));
            s.persist(new PlanLevel(db.ids().next(), f.planId, ResponseLevel.III, "WATER_LEVEL >= 3.8",
                    "COMMUNITY|巡查易涝点", "ITEM|SANDBAG|2000\nTEAM|防汛抢险|20\nEXPERT|水利|1"));
            return null;
        });
        return f;
    }

    static Polygon square(double eastM, double northM, double halfSideM) {
        double x = LON + eastM / M_LON;
        double y = LAT + northM / M_LAT;
        double dx = halfSideM / M_LON;
        double dy = halfSideM / M_LAT;
        return Wgs84.FACTORY.createPolygon(new Coordinate[] {new Coordinate(x - dx, y - dy),
            new Coordinate(x + dx, y - dy), new Coordinate(x + dx, y + dy), new Coordinate(x - dx, y + dy),
            new Coordinate(x - dx, y - dy)});
    }

    static Point at(double eastM, double northM) {
        return Wgs84.point(LON + eastM / M_LON, LAT + northM / M_LAT);
    }

    private static long warehouse(Database db, Session s, String code, String name, double e,
                                  double n) {
        long id = db.ids().next();
        s.persist(new Warehouse(id, code, name, at(e, n), null, null, "库管员", "021-9"));
        return id;
    }

    private static long stock(Database db, Session s, long warehouse, String code, String name,
                              String unit, int quantity) {
        long id = db.ids().next();
        s.persist(new StockItem(id, warehouse, code, name, unit, quantity));
        return id;
    }

    private static long team(Database db, Session s, String code, String name, String skills, int people,
                             double e, double n) {
        long id = db.ids().next();
        s.persist(new Team(id, code, name, skills, people, at(e, n), "队长", "139"));
        return id;
    }

    private static long expert(Database db, Session s, String name, String field, double e, double n) {
        long id = db.ids().next();
        s.persist(new Expert(id, name, field, "高工", "区水务局", "138", at(e, n)));
        return id;
    }
}
