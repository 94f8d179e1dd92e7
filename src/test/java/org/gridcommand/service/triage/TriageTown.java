package org.gridcommand.service.triage;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.Urgency;
import org.gridcommand.domain.taxonomy.Category;
import org.gridcommand.domain.taxonomy.CategoryKind;
import org.gridcommand.domain.taxonomy.CategoryTier;
import org.gridcommand.domain.taxonomy.Difficulty;
import org.gridcommand.domain.time.WorkingCalendar;
import org.gridcommand.domain.unit.Unit;
import org.gridcommand.domain.unit.UnitKind;
import org.gridcommand.geo.Wgs84;
import org.gridcommand.service.event.EventService;
import org.gridcommand.service.event.IntakeReport;
import org.gridcommand.service.event.SqlAreaLocator;
import org.gridcommand.service.event.queue.EventDesk;
import org.gridcommand.store.Database;
import org.gridcommand.store.DatabaseLocation;
import org.hibernate.Session;
import org.locationtech.jts.geom.Coordinate;

/**
 * The setting of the triage stories, on a real database: 东湖街道 with 幸福社区 (grid G1) and 和平社区 (grid G2);
 * units 应急局, 城管局, the street's 城建板块 and the two community committees; and a slice of the demo city's
 * taxonomy with its real names — 道路交通 › 道路设施 › 路面塌陷 / 道路积水, 园林绿化 › 绿化设施 › 行道树倒伏 (行 is
 * read xing or hang), 市容环境 › 环境卫生 › 道路不洁, 施工管理 › 渣土 › 道路遗撒, 突发事件 › 事故 › 危化品泄漏, 街面秩序 ›
 * 经营秩序 › 占道经营. The clock stands still until a story moves it.
 */
public final class TriageTown implements AutoCloseable {
    public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");
    /** Tuesday 2026-11-24, 02:00 at night in Shanghai. */
    public static final Instant NIGHT = Instant.parse("2026-11-23T18:00:00Z");
    public static final double[] IN_G1 = {120.0025, 30.005};
    /** About 50 m east of {@link #IN_G1}. */
    public static final double[] NEAR_G1 = {120.0030, 30.005};
    public static final double[] IN_G2 = {120.015, 30.005};

    public final Database db;
    public final StillClock clock = new StillClock(NIGHT);
    public final EventService events;
    public final EventDesk eventDesk;
    public final TriageDesk desk;
    public final List<Area> areas = new ArrayList<>();
    public long yingji;
    public long chengguan;
    public long section;
    public long xingfuCommittee;

    public TriageTown(DatabaseLocation location) {
        db = Database.open(location);
        db.transact(s -> {
            build(s);
            return null;
        });
        events = new EventService(db, clock, new SqlAreaLocator(db), WorkingCalendar.standard());
        eventDesk = EventDesk.of(db, clock);
        desk = new TriageDesk(db, clock, events);
    }

    /** A report arriving now without a 事项 (it waits at the triage desk). */
    public Event report(Channel channel, String title, double[] point, Urgency urgency) {
        return events.intake(new IntakeReport(channel, null, null, title, title + "，请核实处理", point[0], point[1],
                "东湖路 1 号", channel == Channel.AI_CAMERA ? "摄像头 CAM-0107" : "网格员王芳", clock.instant(),
                urgency)).event();
    }

    /** A report arriving now that is registered on arrival as {@code code}. */
    public Event registered(String code, String title, double[] point) {
        return events.intake(new IntakeReport(Channel.GRID_WORKER, null, code, title, title, point[0], point[1],
                "东湖路 3 号", "网格员王芳", clock.instant(), Urgency.NORMAL)).event();
    }

    public Area area(String code) {
        return areas.stream().filter(a -> a.getCode().equals(code)).findFirst().orElseThrow();
    }

    private void build(Session s) {
        long district = area(s, AreaLevel.DISTRICT, "D01", "示范区", null, 120.0, 120.02);
        long street = area(s, AreaLevel.STREET, "D01S01", "东湖街道", district, 120.0, 120.02);
        long xingfu = area(s, AreaLevel.COMMUNITY, "D01S01C01", "幸福社区", street, 120.0, 120.01);
        long heping = area(s, AreaLevel.COMMUNITY, "D01S01C02", "和平社区", street, 120.01, 120.02);
        area(s, AreaLevel.GRID, "D01S01C01G01", "幸福一网格", xingfu, 120.0, 120.01);
        area(s, AreaLevel.GRID, "D01S01C02G01", "和平一网格", heping, 120.01, 120.02);
        yingji = unit(s, "YJJ", "应急局", UnitKind.DISTRICT_DEPARTMENT, AreaLevel.DISTRICT, district, null);
        chengguan = unit(s, "ZHZFJ", "城管执法局", UnitKind.DISTRICT_DEPARTMENT, AreaLevel.DISTRICT, district, null);
        section = unit(s, "S01-CJ", "东湖街道城建板块", UnitKind.STREET_SECTION, AreaLevel.STREET, street, null);
        xingfuCommittee = unit(s, "C01", "幸福社区居委会", UnitKind.COMMUNITY, AreaLevel.COMMUNITY, xingfu, section);
        unit(s, "C02", "和平社区居委会", UnitKind.COMMUNITY, AreaLevel.COMMUNITY, heping, section);
        long roads = group(s, "C02", "道路交通", CategoryTier.MAJOR, null);
        long roadFacilities = group(s, "C0202", "道路设施", CategoryTier.MINOR, roads);
        item(s, "C020201", "路面塌陷", roadFacilities, Difficulty.HARD, "ZHZFJ", 720);
        item(s, "C020204", "道路积水", roadFacilities, Difficulty.BIG, null, 240);
        long green = group(s, "C04", "园林绿化", CategoryTier.MAJOR, null);
        long greenFacilities = group(s, "C0401", "绿化设施", CategoryTier.MINOR, green);
        item(s, "C040101", "行道树倒伏", greenFacilities, Difficulty.BIG, null, 480);
        long city = group(s, "E01", "市容环境", CategoryTier.MAJOR, null);
        long hygiene = group(s, "E0102", "环境卫生", CategoryTier.MINOR, city);
        item(s, "E010201", "道路不洁", hygiene, Difficulty.SMALL, null, 480);
        long works = group(s, "E03", "施工管理", CategoryTier.MAJOR, null);
        long muck = group(s, "E0302", "渣土", CategoryTier.MINOR, works);
        item(s, "E030202", "道路遗撒", muck, Difficulty.BIG, null, 240);
        long emergencies = group(s, "E04", "突发事件", CategoryTier.MAJOR, null);
        long accidents = group(s, "E0402", "事故", CategoryTier.MINOR, emergencies);
        item(s, "E040203", "危化品泄漏", accidents, Difficulty.HARD, "YJJ", 480);
        long street0 = group(s, "E05", "街面秩序", CategoryTier.MAJOR, null);
        long trade = group(s, "E0501", "经营秩序", CategoryTier.MINOR, street0);
        item(s, "E050101", "占道经营", trade, Difficulty.SMALL, null, 240);
    }

    private long area(Session s, AreaLevel level, String code, String name, Long parent, double x1, double x2) {
        long id = db.ids().next();
        Area a = new Area(id, level, code, name, parent, 400, Wgs84.FACTORY.createPolygon(new Coordinate[] {
            new Coordinate(x1, 30.0), new Coordinate(x2, 30.0), new Coordinate(x2, 30.01), new Coordinate(x1, 30.01),
            new Coordinate(x1, 30.0)}));
        s.persist(a);
        areas.add(a);
        return id;
    }

    private long unit(Session s, String code, String name, UnitKind kind, AreaLevel level, long area, Long parent) {
        long id = db.ids().next();
        s.persist(new Unit(id, code, name, kind, level, area, parent, null));
        return id;
    }

    private long group(Session s, String code, String name, CategoryTier tier, Long parent) {
        long id = db.ids().next();
        s.persist(new Category(id, code, name, tier, CategoryKind.EVENT, parent, null, null, 0, 0, 0, false));
        return id;
    }

    private void item(Session s, String code, String name, long parent, Difficulty difficulty, String unit,
                      int handlingMinutes) {
        s.persist(new Category(db.ids().next(), code, name, CategoryTier.ITEM, CategoryKind.EVENT, parent, difficulty,
                unit, 15, 60, handlingMinutes, false));
    }

    @Override
    public void close() {
        db.close();
    }

    /** The application clock of a story: stands still until moved. */
    public static final class StillClock extends Clock {
        private volatile Instant now;

        StillClock(Instant start) {
            now = start;
        }

        public void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return SHANGHAI;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException();
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
