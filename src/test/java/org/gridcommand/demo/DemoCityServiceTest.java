package org.gridcommand.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.domain.device.Camera;
import org.gridcommand.domain.device.Sensor;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.EventTransition;
import org.gridcommand.domain.map.BaseMapFeature;
import org.gridcommand.domain.plan.PlanLevel;
import org.gridcommand.domain.resource.StockItem;
import org.gridcommand.domain.taxonomy.Category;
import org.gridcommand.domain.unit.Unit;
import org.gridcommand.geo.partition.TilingAssertions;
import org.gridcommand.store.Database;
import org.gridcommand.store.DatabaseLocation;
import org.gridcommand.store.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/** A small demo city on every database vendor: what a user of a fresh console sees, and what is refused. */
class DemoCityServiceTest {
    @TempDir
    Path dir;

    static Stream<DatabaseLocation.Vendor> vendors() {
        return TestDatabases.vendors();
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void a_new_console_gets_a_demo_city_that_hibernate_reads_back(DatabaseLocation.Vendor vendor) {
        try (Database db = Database.open(TestDatabases.fresh(vendor, dir))) {
            DemoCityService service = new DemoCityService(db, DemoCityFullScaleTest.CLOCK);
            assertThat(service.hasCity()).isFalse();
            List<Double> fractions = new ArrayList<>();

            DemoSummary summary = service.create(7L, DemoScale.SMALL, (step, f) -> fractions.add(f));

            assertThat(service.hasCity()).isTrue();
            assertThat(fractions).isSorted().last().isEqualTo(1.0);
            assertThat(summary.count("area")).isEqualTo(DemoCityChecks.count(db, "SELECT COUNT(*) FROM area"));
            assertThat(summary.count("event")).isEqualTo(3_000);
            System.out.println(vendor + " small demo city in " + summary.millis() + " ms: " + summary.counts());
            db.transact(s -> {
                Area district = s.createSelectionQuery("from Area where level = :l", Area.class)
                        .setParameter("l", AreaLevel.DISTRICT).getSingleResult();
                assertThat(district.getName()).isEqualTo("明湖区");
                assertThat(district.getBoundary()).isInstanceOf(Polygon.class);
                assertThat(district.getBoundary().getSRID()).isEqualTo(4326);
                Event event = s.createSelectionQuery("from Event order by reportedAt desc", Event.class)
                        .setMaxResults(1).getSingleResult();
                Point at = event.getLocation();
                Area micro = s.find(Area.class, event.getMicroGridId());
                assertThat(micro.getBoundary().covers(at)).isTrue();
                assertThat(s.createSelectionQuery("from EventTransition where eventId = :id", EventTransition.class)
                        .setParameter("id", event.getId()).getResultList()).isNotEmpty();
                assertThat(s.createSelectionQuery("from Camera", Camera.class).getResultList()).isNotEmpty();
                assertThat(s.createSelectionQuery("from Sensor", Sensor.class).getResultList()).isNotEmpty();
                assertThat(s.createSelectionQuery("from StockItem", StockItem.class).getResultList()).isNotEmpty();
                assertThat(s.createSelectionQuery("from PlanLevel", PlanLevel.class).getResultList()).hasSize(44);
                assertThat(s.createSelectionQuery("from Category", Category.class).getResultList())
                        .hasSizeGreaterThan(130);
                assertThat(s.createSelectionQuery("from Unit", Unit.class).getResultList()).isNotEmpty();
                assertThat(s.createSelectionQuery("from BaseMapFeature", BaseMapFeature.class).getResultList()
                        .stream().map(BaseMapFeature::getKind).distinct().count()).isEqualTo(7);
                return null;
            });
            DemoCityChecks.assertHistoriesReplay(db);
        }
    }

    @Test
    void on_a_database_with_the_closed_loop_columns_the_demo_fills_them_too() {
        try (Database db = Database.open(TestDatabases.h2(dir))) {
            // the columns migration V2_1 (closed loop) adds, where it is not there yet; the generator fills them
            db.withConnection(c -> {
                try (var st = c.createStatement()) {
                    st.execute("ALTER TABLE event ADD COLUMN IF NOT EXISTS merged_into_id BIGINT");
                    st.execute("ALTER TABLE event ADD COLUMN IF NOT EXISTS placement VARCHAR(16)");
                    st.execute("ALTER TABLE event ADD COLUMN IF NOT EXISTS limit_started_at TIMESTAMP WITH TIME ZONE");
                    st.execute("ALTER TABLE event_transition ADD COLUMN IF NOT EXISTS unit_id BIGINT");
                }
                return null;
            });

            new DemoCityService(db, DemoCityFullScaleTest.CLOCK).create(13L, DemoScale.SMALL, DemoProgress.NONE);

            assertThat(DemoCityChecks.count(db, "SELECT COUNT(*) FROM event WHERE placement = 'IN_GRID' "
                    + "AND limit_started_at = reported_at")).isEqualTo(3_000);
            assertThat(DemoCityChecks.count(db, "SELECT COUNT(*) FROM event e JOIN event m ON m.id = e.merged_into_id "
                    + "WHERE e.state = 'MERGED' AND m.reported_at <= e.reported_at"))
                    .isEqualTo(DemoCityChecks.count(db, "SELECT COUNT(*) FROM event WHERE state = 'MERGED'"))
                    .isPositive();
            assertThat(DemoCityChecks.count(db, "SELECT COUNT(*) FROM event_transition t JOIN unit u "
                    + "ON u.id = t.unit_id WHERE t.action = 'DISPATCH'"))
                    .isEqualTo(DemoCityChecks.count(db,
                    "SELECT COUNT(*) FROM event_transition WHERE action = 'DISPATCH'"));
        }
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void events_lie_in_their_micro_grid_and_name_its_grid_community_and_street(DatabaseLocation.Vendor vendor) {
        try (Database db = Database.open(TestDatabases.fresh(vendor, dir))) {
            new DemoCityService(db, DemoCityFullScaleTest.CLOCK).create(9L, DemoScale.SMALL, DemoProgress.NONE);

            assertThat(DemoCityChecks.count(db, "SELECT COUNT(*) FROM event e JOIN area m ON m.id = e.micro_grid_id "
                    + "WHERE NOT ST_Covers(m.boundary, e.location)")).isZero();
            assertThat(DemoCityChecks.count(db, "SELECT COUNT(*) FROM event e JOIN area m ON m.id = e.micro_grid_id "
                    + "JOIN area g ON g.id = m.parent_id JOIN area c ON c.id = g.parent_id "
                    + "WHERE m.level = 'MICRO_GRID' AND g.id = e.grid_id AND c.id = e.community_id "
                    + "AND c.parent_id = e.street_id")).isEqualTo(3_000);
            assertThat(DemoCityChecks.count(db, "SELECT COUNT(*) FROM event WHERE lead_unit_id IS NULL "
                    + "OR category_id IS NULL")).isZero();
            assertThat(DemoCityChecks.count(db, "SELECT COUNT(*) FROM category c WHERE c.difficulty = 'HARD' AND "
                    + "NOT EXISTS (SELECT 1 FROM unit u WHERE u.code = c.default_unit_code "
                    + "AND u.kind = 'DISTRICT_DEPARTMENT')")).as("hard items name their department").isZero();
            assertThat(DemoCityChecks.count(db, "SELECT COUNT(*) FROM sensor WHERE kind = 'WATER_LEVEL' AND "
                    + "measure_unit = 'm' AND warning_threshold < alarm_threshold")).isPositive();
            assertThat(DemoCityChecks.count(db, "SELECT COUNT(*) FROM area WHERE level = 'COMMUNITY' AND "
                    + "name NOT LIKE '%社区' AND name NOT LIKE '%村'")).isZero();
        }
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void the_demo_citys_areas_tile_their_parents_after_a_round_trip_through_the_database(
            DatabaseLocation.Vendor vendor) {
        try (Database db = Database.open(TestDatabases.fresh(vendor, dir))) {
            new DemoCityService(db, DemoCityFullScaleTest.CLOCK).create(11L, DemoScale.SMALL, DemoProgress.NONE);
            List<Area> areas = db.transact(s -> s.createSelectionQuery("from Area", Area.class).getResultList());
            Map<Long, List<Area>> children = areas.stream().filter(a -> a.getParentId() != null)
                    .collect(Collectors.groupingBy(Area::getParentId));
            for (Area parent : areas) {
                if (children.containsKey(parent.getId())) {
                    TilingAssertions.assertTiles((Polygon) parent.getBoundary(),
                            children.get(parent.getId()).stream().map(Area::getBoundary).toList());
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void a_second_create_on_a_database_that_holds_a_city_is_refused_and_changes_nothing(
            DatabaseLocation.Vendor vendor) {
        try (Database db = Database.open(TestDatabases.fresh(vendor, dir))) {
            DemoCityService service = new DemoCityService(db, DemoCityFullScaleTest.CLOCK);
            DemoSummary first = service.create(3L, DemoScale.SMALL, DemoProgress.NONE);

            assertThatThrownBy(() -> service.create(4L, DemoScale.SMALL, DemoProgress.NONE))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("already holds a city").hasMessageContaining("Nothing was changed");

            for (Map.Entry<String, Long> table : first.counts().entrySet()) {
                assertThat(DemoCityChecks.count(db, "SELECT COUNT(*) FROM " + table.getKey()))
                        .as(table.getKey()).isEqualTo(table.getValue());
            }
        }
    }
}
