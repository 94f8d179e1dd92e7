package org.gridcommand.service.event;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.Urgency;
import org.gridcommand.domain.time.WorkingCalendar;
import org.gridcommand.store.Database;
import org.gridcommand.store.DatabaseLocation;
import org.gridcommand.store.TestDatabases;

/** The setting of a story: a real database with the demo district, the application clock, the service. */
final class EventStory implements AutoCloseable {
    /** Tuesday 24 November 2026, 10:00 in Shanghai. */
    static final Instant TUESDAY_10AM = LocalDateTime.of(2026, 11, 24, 10, 0).atZone(TestClock.SHANGHAI).toInstant();

    final Database db;
    final TestClock clock = new TestClock(TUESDAY_10AM);
    final DemoDistrict city;
    final EventService events;

    private EventStory(Database db) {
        this.db = db;
        this.city = DemoDistrict.build(db);
        this.events = new EventService(db, clock, new SqlAreaLocator(db), WorkingCalendar.standard());
    }

    static EventStory onH2(Path dir) {
        return new EventStory(Database.open(TestDatabases.h2(dir)));
    }

    static EventStory on(DatabaseLocation location) {
        return new EventStory(Database.open(location));
    }

    /** A grid worker's report of {@code category} at {@code point}, arriving now. */
    IntakeResult report(String category, double[] point, String title) {
        return events.intake(new IntakeReport(Channel.GRID_WORKER, null, category, title, title + "，请处理",
                point == null ? null : point[0], point == null ? null : point[1], "东湖路 1 号", "网格员王芳",
                clock.instant(), Urgency.NORMAL));
    }

    /** A registered event in 幸福社区 dispatched to 城管局, as the officer 李娜 would. */
    Event dispatchedEvent(String category) {
        Event e = report(category, DemoDistrict.IN_M1, "占道经营").event();
        return events.dispatch(e.getId(), e.getVersion(), city.chengguan, List.of(), "李娜", null);
    }

    @Override
    public void close() {
        db.close();
    }
}
