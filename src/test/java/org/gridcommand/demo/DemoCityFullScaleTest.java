package org.gridcommand.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.geo.partition.TilingAssertions;
import org.gridcommand.store.Database;
import org.gridcommand.store.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Polygon;

/** The demo city the console ships with, generated at full scale into H2 once for all these stories. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DemoCityFullScaleTest {
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-24T02:00:00Z"), ZoneOffset.UTC);

    @TempDir
    static Path dir;
    Database db;
    DemoSummary summary;

    @BeforeAll
    void generate() {
        db = Database.open(TestDatabases.h2(dir));
        List<String> steps = new ArrayList<>();
        summary = new DemoCityService(db, CLOCK).create(DemoCityService.DEFAULT_SEED, (step, f) -> {
            steps.add(step);
            System.out.printf("%tT.%<tL %3.0f%% %s%n", System.currentTimeMillis(), f * 100, step);
        });
        System.out.println("Full demo city on H2 in " + summary.millis() + " ms: " + summary.counts());
        assertThat(steps).contains("完成 / done");
    }

    @AfterAll
    void close() {
        db.close();
    }

    @Test
    void the_full_demo_city_has_the_scale_real_districts_report() {
        Map<String, Long> c = summary.counts();
        Map<AreaLevel, Long> levels = DemoCityChecks.areasByLevel(db);
        assertThat(levels.get(AreaLevel.DISTRICT)).isEqualTo(1);
        assertThat(levels.get(AreaLevel.STREET)).isEqualTo(12);
        assertThat(levels.get(AreaLevel.COMMUNITY)).isBetween(120L, 140L);
        assertThat(levels.get(AreaLevel.GRID)).isBetween(1300L, 1420L);
        assertThat(levels.get(AreaLevel.MICRO_GRID)).isBetween(6800L, 7400L);
        assertThat(c.get("camera")).isBetween(1250L, 1350L);
        assertThat(c.get("sensor")).isGreaterThanOrEqualTo(400L);
        assertThat(c.get("warehouse")).isEqualTo(73);
        assertThat(c.get("team")).isEqualTo(90);
        assertThat(c.get("expert")).isEqualTo(566);
        // a service centre per community, a grid station per three to five grids
        long stations = c.get("service_station") - levels.get(AreaLevel.COMMUNITY);
        assertThat(stations).isBetween(levels.get(AreaLevel.GRID) / 5, levels.get(AreaLevel.GRID) / 3);
        assertThat(c.get("plan")).isEqualTo(33);
        assertThat(c.get("plan_level")).isEqualTo(132);
        assertThat(c.get("event")).isEqualTo(100_000);
        assertThat(c.get("event_transition")).isGreaterThan(500_000L);
        assertThat(DemoCityChecks.count(db, "SELECT COUNT(*) FROM unit WHERE kind = 'DISTRICT_DEPARTMENT'"))
                .isEqualTo(57);
        assertThat(DemoCityChecks.count(db, "SELECT COUNT(*) FROM category WHERE tier = 'MAJOR'"))
                .isGreaterThanOrEqualTo(9);
        assertThat(DemoCityChecks.count(db, "SELECT COUNT(*) FROM category WHERE tier = 'MINOR'"))
                .isGreaterThanOrEqualTo(32);
        assertThat(DemoCityChecks.count(db, "SELECT COUNT(*) FROM category WHERE tier = 'ITEM'"))
                .isGreaterThanOrEqualTo(90);
        assertThat(DemoCityChecks.count(db, "SELECT COUNT(*) FROM basemap_feature WHERE kind = 'BLOCK'"))
                .isBetween(1500L, 6000L);
    }

    @Test
    void every_grid_has_300_to_500_households_in_micro_grids_of_50_to_80() {
        assertThat(DemoCityChecks.count(db, "SELECT COUNT(*) FROM area WHERE level = 'GRID' AND "
                + "(households < 300 OR households > 500)")).isZero();
        assertThat(DemoCityChecks.count(db, "SELECT COUNT(*) FROM area WHERE level = 'MICRO_GRID' AND "
                + "(households < 50 OR households > 80)")).isZero();
    }

    @Test
    void the_console_has_live_work_and_a_plausible_share_of_overdue_cases() {
        long open = DemoCityChecks.count(db,
                "SELECT COUNT(*) FROM event WHERE state NOT IN ('CLOSED', 'CANCELLED', 'MERGED')");
        long openOverdue = DemoCityChecks.count(db, "SELECT COUNT(*) FROM event WHERE state NOT IN "
                + "('CLOSED', 'CANCELLED', 'MERGED') AND handling_due_at < TIMESTAMP WITH TIME ZONE "
                + "'2026-11-24 02:00:00+00'");
        long handled = DemoCityChecks.count(db, "SELECT COUNT(DISTINCT event_id) FROM event_transition "
                + "WHERE action = 'FEEDBACK'");
        long lateHandled = DemoCityChecks.count(db, "SELECT COUNT(*) FROM event e WHERE EXISTS (SELECT 1 FROM "
                + "event_transition t WHERE t.event_id = e.id AND t.action = 'FEEDBACK' AND t.occurred_at > "
                + "e.handling_due_at AND NOT EXISTS (SELECT 1 FROM event_transition t2 WHERE t2.event_id = e.id "
                + "AND t2.action = 'FEEDBACK' AND t2.occurred_at < t.occurred_at))");
        long closed = DemoCityChecks.count(db, "SELECT COUNT(*) FROM event WHERE state = 'CLOSED'");
        System.out.printf("open %d (overdue %d), handled late %d of %d (%.1f %%), closed %d%n", open, openOverdue,
                lateHandled, handled, 100.0 * lateHandled / handled, closed);
        System.out.println("events by state: " + DemoCityChecks.grouped(db,
                "SELECT state, COUNT(*) FROM event GROUP BY state"));
        System.out.println("events by channel: " + DemoCityChecks.grouped(db,
                "SELECT channel, COUNT(*) FROM event GROUP BY channel"));
        assertThat(open).isBetween(1000L, 2000L);
        assertThat(DemoCityChecks.count(db, "SELECT COUNT(DISTINCT state) FROM event WHERE state NOT IN "
                + "('CLOSED', 'CANCELLED', 'MERGED')")).as("open cases in various states").isGreaterThanOrEqualTo(6);
        assertThat(DemoCityChecks.count(db, "SELECT COUNT(*) FROM event WHERE state IN ('CANCELLED', 'MERGED')"))
                .isBetween(1000L, 4000L);
        assertThat(DemoCityChecks.count(db, "SELECT COUNT(DISTINCT event_id) FROM event_transition "
                + "WHERE action = 'RETURN'")).isPositive();
        assertThat(DemoCityChecks.count(db, "SELECT COUNT(DISTINCT channel) FROM event")).isEqualTo(5);
        assertThat(openOverdue).isPositive();
        assertThat((double) lateHandled / handled).isBetween(0.03, 0.08);
        assertThat(closed).isGreaterThan(90_000L);
        // every closed case is rated, except those of the last two days whose reporter waits for the return visit
        assertThat(DemoCityChecks.count(db, "SELECT COUNT(*) FROM event WHERE state = 'CLOSED' AND satisfaction IS NULL"
                + " AND (return_visit IS NULL OR return_visit <> 'PENDING')")).isZero();
        assertThat(DemoCityChecks.count(db, "SELECT COUNT(*) FROM event WHERE state = 'CLOSED'"
                + " AND return_visit = 'PENDING'")).as("return visits waiting at the desk").isPositive();
    }

    @Test
    void children_tile_their_parent_at_every_level_without_gaps_or_overlaps() {
        List<Area> areas = db.transact(s -> s.createSelectionQuery("from Area", Area.class).getResultList());
        Map<Long, List<Area>> children = areas.stream().filter(a -> a.getParentId() != null)
                .collect(Collectors.groupingBy(Area::getParentId));
        int parents = 0;
        for (Area parent : areas) {
            List<Area> kids = children.get(parent.getId());
            if (kids == null) {
                assertThat(parent.getLevel()).isEqualTo(AreaLevel.MICRO_GRID);
                continue;
            }
            TilingAssertions.assertTiles((Polygon) parent.getBoundary(),
                    kids.stream().map(Area::getBoundary).toList());
            kids.forEach(k -> assertThat(k.getCode()).startsWith(parent.getCode()));
            parents++;
        }
        assertThat(parents).isGreaterThan(1400);
    }

    @Test
    void every_event_history_replays_through_the_state_machine() {
        DemoCityChecks.assertHistoriesReplay(db);
    }
}
