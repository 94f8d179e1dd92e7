package org.gridcommand.ui.dispatch;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
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
import org.gridcommand.store.TestDatabases;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * The setting of the dispatch stories (the events service's demo district, trimmed): one street with grids G1
 * (幸福社区) and G2 (和平社区), units 城管局 and 住建局, and three 事项: 占道经营 (4 h), 违章搭建, 道路破损 (24 h).
 * The clock is a test clock the story moves.
 */
final class DispatchCity implements AutoCloseable {
    static final double[] IN_G1 = {120.0025, 30.005};
    static final double[] IN_G2 = {120.015, 30.005};
    static final Instant TUESDAY_10AM = Instant.parse("2026-11-24T02:00:00Z");

    final Database db;
    final MovableClock clock = new MovableClock(TUESDAY_10AM);
    final EventService events;
    final EventDesk desk;
    final List<Area> areas;
    long chengguan;
    long zhujian;

    DispatchCity(Path dir) {
        db = Database.open(TestDatabases.h2(dir));
        areas = build();
        events = new EventService(db, clock, new SqlAreaLocator(db), WorkingCalendar.standard());
        desk = EventDesk.of(db, clock);
    }

    Area area(String code) {
        return areas.stream().filter(a -> a.getCode().equals(code)).findFirst().orElseThrow();
    }

    /** A grid worker's report arriving now. */
    Event report(String category, double[] point, String title, Urgency urgency) {
        return events.intake(new IntakeReport(Channel.GRID_WORKER, null, category, title, title + "，请处理",
                point[0], point[1], "东湖路 1 号", "网格员王芳", clock.instant(), urgency)).event();
    }

    Event dispatched(String category, double[] point, String title) {
        Event e = report(category, point, title, Urgency.NORMAL);
        return events.dispatch(e.getId(), e.getVersion(), chengguan, List.of(), "李娜", null);
    }

    private List<Area> build() {
        AtomicReference<List<Area>> made = new AtomicReference<>();
        db.transact(s -> {
            Area district = new Area(db.ids().next(), AreaLevel.DISTRICT, "D01", "示范区", null, 800, box(120.0, 120.02));
            Area street = new Area(db.ids().next(), AreaLevel.STREET, "D01S01", "东湖街道", district.getId(), 800,
                    box(120.0, 120.02));
            Area xingfu = new Area(db.ids().next(), AreaLevel.COMMUNITY, "D01S01C01", "幸福社区", street.getId(), 400,
                    box(120.0, 120.01));
            Area heping = new Area(db.ids().next(), AreaLevel.COMMUNITY, "D01S01C02", "和平社区", street.getId(), 400,
                    box(120.01, 120.02));
            Area g1 = new Area(db.ids().next(), AreaLevel.GRID, "G1", "幸福一网格", xingfu.getId(), 400,
                    box(120.0, 120.01));
            Area g2 = new Area(db.ids().next(), AreaLevel.GRID, "G2", "和平一网格", heping.getId(), 400,
                    box(120.01, 120.02));
            List<Area> all = List.of(district, street, xingfu, heping, g1, g2);
            all.forEach(s::persist);
            made.set(all);
            chengguan = db.ids().next();
            s.persist(new Unit(chengguan, "CGJ", "城管局", UnitKind.DISTRICT_DEPARTMENT, AreaLevel.DISTRICT,
                    district.getId(), null, null));
            zhujian = db.ids().next();
            s.persist(new Unit(zhujian, "ZJJ", "住建局", UnitKind.DISTRICT_DEPARTMENT, AreaLevel.DISTRICT,
                    district.getId(), null, null));
            long major = db.ids().next();
            s.persist(new Category(major, "01", "市容环境", CategoryTier.MAJOR, CategoryKind.EVENT, null, null, null,
                    0, 0, 0, false));
            long minor = db.ids().next();
            s.persist(new Category(minor, "0101", "街面秩序", CategoryTier.MINOR, CategoryKind.EVENT, major, null, null,
                    0, 0, 0, false));
            s.persist(new Category(db.ids().next(), "010101", "占道经营", CategoryTier.ITEM, CategoryKind.EVENT, minor,
                    Difficulty.SMALL, "CGJ", 60, 30, 240, false));
            s.persist(new Category(db.ids().next(), "010102", "违章搭建", CategoryTier.ITEM, CategoryKind.EVENT, minor,
                    Difficulty.HARD, "CGJ", 120, 240, 2880, false));
            s.persist(new Category(db.ids().next(), "010103", "道路破损", CategoryTier.ITEM, CategoryKind.COMPONENT,
                    minor, Difficulty.BIG, "ZJJ", 60, 120, 1440, false).requirePhoto(true));
            return null;
        });
        return made.get();
    }

    private static Polygon box(double x1, double x2) {
        return Wgs84.FACTORY.createPolygon(new Coordinate[] {new Coordinate(x1, 30.0), new Coordinate(x2, 30.0),
            new Coordinate(x2, 30.01), new Coordinate(x1, 30.01), new Coordinate(x1, 30.0)});
    }

    @Override
    public void close() {
        db.close();
    }

    /** The application clock of a story: stands still until moved. */
    static final class MovableClock extends Clock {
        private volatile Instant now;

        MovableClock(Instant start) {
            now = start;
        }

        void advance(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Asia/Shanghai");
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
