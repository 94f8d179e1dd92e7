package org.gridcommand.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

class DatabaseTest {
    private static final GeometryFactory WGS84 = new GeometryFactory(new PrecisionModel(), 4326);

    @TempDir
    Path dir;

    static Stream<DatabaseLocation.Vendor> vendors() {
        return TestDatabases.vendors();
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void a_new_database_is_migrated_and_stores_areas_with_their_boundaries(DatabaseLocation.Vendor vendor) {
        try (Database db = Database.open(TestDatabases.fresh(vendor, dir))) {
            long id = db.ids().next();
            Polygon square = WGS84.createPolygon(new Coordinate[] {
                new Coordinate(120.0, 30.0), new Coordinate(120.01, 30.0), new Coordinate(120.01, 30.01),
                new Coordinate(120.0, 30.01), new Coordinate(120.0, 30.0)});
            db.transact(s -> {
                s.persist(new Area(id, AreaLevel.GRID, "G001", "第一网格", null, 420, square));
                return null;
            });
            Point inside = WGS84.createPoint(new Coordinate(120.005, 30.005));
            List<Area> found = db.transact(s -> s.createSelectionQuery(
                    "from Area a where st_contains(a.boundary, :p) = true", Area.class)
                    .setParameter("p", inside).getResultList());
            assertThat(found).extracting(Area::getCode).containsExactly("G001");
            assertThat(found.get(0).getBoundary().getSRID()).isEqualTo(4326);
        }
    }

    @Test
    void a_console_reopens_its_file_and_finds_its_data() {
        DatabaseLocation location = TestDatabases.h2(dir);
        long id;
        try (Database db = Database.open(location)) {
            id = db.ids().next();
            db.transact(s -> {
                s.persist(new Area(id, AreaLevel.STREET, "S1", "东湖街道", null, 0, null));
                return null;
            });
        }
        try (Database db = Database.open(location)) {
            assertThat(db.transact(s -> s.get(Area.class, id)).getName()).isEqualTo("东湖街道");
        }
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void ids_are_unique_across_two_consoles_on_the_same_database(DatabaseLocation.Vendor vendor) {
        DatabaseLocation location = TestDatabases.fresh(vendor, dir);
        try (Database a = Database.open(location); Database b = Database.open(location)) {
            long first = a.ids().next();
            long second = b.ids().next();
            assertThat(Math.abs(first - second)).isGreaterThanOrEqualTo(IdAllocator.BLOCK);
        }
    }

    @Test
    void every_commit_is_written_to_the_file_before_it_returns() {
        // H2's default keeps commits in memory for up to half a second: a kill then loses acknowledged reports
        try (Database db = Database.open(TestDatabases.h2(dir))) {
            String delay = db.withConnection(c -> {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(
                        "SELECT SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'WRITE_DELAY'")) {
                    rs.next();
                    return rs.getString(1);
                }
            });
            assertThat(delay).isEqualTo("0");
        }
    }

    @Test
    void a_file_that_is_not_a_database_is_refused_and_left_untouched() throws Exception {
        Path file = dir.resolve("notes.mv.db");
        Files.writeString(file, "shift handover notes", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> Database.open(DatabaseLocation.parse(file.toString(), null, null)))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("not a GridCommand (H2) database")
                .hasMessageContaining("was not changed");
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo("shift handover notes");
    }

    @Test
    void a_damaged_database_file_is_reported_and_left_as_it_was() throws Exception {
        DatabaseLocation location = TestDatabases.h2(dir);
        try (Database db = Database.open(location)) {
            db.ids().next();
        }
        byte[] whole = Files.readAllBytes(location.file());
        byte[] damaged = whole.clone();
        for (int i = 8192; i < damaged.length; i += 3) {
            damaged[i] = (byte) 0x5A;
        }
        Files.write(location.file(), damaged);
        assertThatThrownBy(() -> Database.open(location))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining(location.file().toString())
                .hasMessageContaining("not changed");
        assertThat(Files.readAllBytes(location.file())).isEqualTo(damaged);
    }

    @Test
    void a_postgres_server_that_is_down_gets_a_message_naming_it() {
        DatabaseLocation down = DatabaseLocation.parse("jdbc:postgresql://127.0.0.1:1/gridcommand", "u", "p");
        assertThatThrownBy(() -> Database.open(down))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("not answering")
                .hasMessageContaining("127.0.0.1:1");
    }

    @Test
    void an_unsupported_url_is_refused_with_the_supported_forms() {
        assertThatThrownBy(() -> DatabaseLocation.parse("jdbc:mysql://db/gc", null, null))
                .isInstanceOf(DatabaseUnavailableException.class)
                .hasMessageContaining("jdbc:postgresql://");
    }

    @Test
    void a_password_in_the_url_is_never_shown() {
        DatabaseLocation loc = DatabaseLocation.parse("jdbc:postgresql://db:5432/gc?user=a&password=secret", null,
                null);
        assertThat(loc.describe()).doesNotContain("secret");
    }
}
