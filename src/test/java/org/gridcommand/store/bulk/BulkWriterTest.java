package org.gridcommand.store.bulk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.EventTransition;
import org.gridcommand.geo.Wgs84;
import org.gridcommand.store.Database;
import org.gridcommand.store.DatabaseLocation;
import org.gridcommand.store.StoreException;
import org.gridcommand.store.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

class BulkWriterTest {
    @TempDir
    Path dir;

    static Stream<DatabaseLocation.Vendor> vendors() {
        return TestDatabases.vendors();
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void thousands_of_rows_with_geometries_times_enums_and_nulls_come_back_through_hibernate(
            DatabaseLocation.Vendor vendor) {
        try (Database db = Database.open(TestDatabases.fresh(vendor, dir))) {
            int rows = 2_345; // not a multiple of the statement size: the remainder goes in its own statement
            long[] ids = new long[rows];
            for (int i = 0; i < rows; i++) {
                ids[i] = db.ids().next();
            }
            Instant at = Instant.parse("2026-11-24T01:02:03Z");
            long written = db.withConnection(c -> {
                BulkWriter writer = new BulkWriter(c);
                BulkTable areas = writer.table("area", Set.of("boundary"), "id", "level", "code", "name",
                        "parent_id", "households", "boundary");
                BulkTable history = writer.table("event", "id", "number", "title", "channel", "state", "urgency",
                        "reported_at");
                BulkTable transitions = writer.table("event_transition", "id", "event_id", "occurred_at", "actor",
                        "action", "from_state", "to_state", "note").references(history);
                for (int i = 0; i < rows; i++) {
                    areas.insert(ids[i], AreaLevel.GRID, "G" + i, "第" + i + "网格", null, 300 + i % 200, square(i));
                }
                long event = db.ids().next();
                history.insert(event, "MH1", "暴露垃圾", "HOTLINE", EventState.REPORTED, "NORMAL", at);
                for (int i = 0; i < 1500; i++) {
                    transitions.insert(db.ids().next(), event, at.plusSeconds(i), "值班员", "NOTE", EventState.REPORTED,
                            EventState.REPORTED, i % 2 == 0 ? null : "备注" + i);
                }
                writer.finish();
                assertThat(writer.counts()).containsEntry("area", (long) rows).containsEntry("event_transition", 1500L);
                return areas.count();
            });

            assertThat(written).isEqualTo(rows);
            Area last = db.transact(s -> s.find(Area.class, ids[rows - 1]));
            assertThat(last.getLevel()).isEqualTo(AreaLevel.GRID);
            assertThat(last.getName()).isEqualTo("第" + (rows - 1) + "网格");
            assertThat(last.getParentId()).isNull();
            assertThat(last.getBoundary().equalsExact(square(rows - 1))).isTrue();
            assertThat(last.getBoundary().getSRID()).isEqualTo(4326);
            List<EventTransition> notes = db.transact(s -> s.createSelectionQuery(
                    "from EventTransition order by at", EventTransition.class).getResultList());
            assertThat(notes).hasSize(1500);
            assertThat(notes.get(0).getAt()).isEqualTo(at);
            assertThat(notes.get(0).getNote()).isNull();
            assertThat(notes.get(1).getNote()).isEqualTo("备注1");
        }
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void a_failing_row_rolls_back_the_whole_transaction_and_names_the_table(DatabaseLocation.Vendor vendor) {
        try (Database db = Database.open(TestDatabases.fresh(vendor, dir))) {
            assertThatThrownBy(() -> db.withConnection(c -> {
                BulkWriter writer = new BulkWriter(c);
                BulkTable areas = writer.table("area", Set.of("boundary"), "id", "level", "code", "name",
                        "parent_id", "households", "boundary");
                for (int i = 0; i < 1200; i++) {
                    areas.insert(db.ids().next(), AreaLevel.GRID, i == 1100 ? "G0" : "G" + i, "网格", null, 0,
                            square(i));
                }
                writer.finish();
                return null;
            })).isInstanceOf(StoreException.class).hasMessageContaining("area");

            long left = db.transact(s -> s.createSelectionQuery("select count(*) from Area", Long.class)
                    .getSingleResult());
            assertThat(left).isZero();
        }
    }

    private static Polygon square(int i) {
        double x = 120.1 + (i % 50) * 0.001;
        double y = 30.2 + (i / 50) * 0.001;
        return Wgs84.FACTORY.createPolygon(new Coordinate[] {new Coordinate(x, y), new Coordinate(x + 0.001, y),
            new Coordinate(x + 0.001, y + 0.001), new Coordinate(x, y + 0.001), new Coordinate(x, y)});
    }
}
