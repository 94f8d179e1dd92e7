package org.gridcommand.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A database from before issue 9 may already hold the same report twice (the race the unique index now closes).
 * Opening it with this version must not fail: the first event keeps the external id, the copy keeps everything
 * else, gets a history note naming the id and the event that keeps it, and can then be merged by an officer.
 */
class ExternalIdMigrationTest {
    @TempDir
    Path dir;

    static Stream<DatabaseLocation.Vendor> vendors() {
        return TestDatabases.vendors();
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void an_old_database_with_duplicate_reports_opens_and_keeps_every_event(DatabaseLocation.Vendor vendor)
            throws Exception {
        DatabaseLocation location = TestDatabases.fresh(vendor, dir);
        Flyway.configure().dataSource(location.jdbcUrl(), location.user(), location.password())
                .locations("classpath:db/migration/common", "classpath:db/migration/"
                        + location.vendor().migrationFolder())
                .target("7.1").load().migrate(); // the last version before issue 9
        try (Connection c = DriverManager.getConnection(location.jdbcUrl(), location.user(), location.password());
             Statement s = c.createStatement()) {
            for (int id = 1; id <= 4; id++) {
                String ext = id <= 3 ? "'APP-7'" : "'APP-8'";
                s.execute("INSERT INTO event (id, number, title, channel, external_id, state, urgency, reported_at)"
                        + " VALUES (" + id + ", 'SJ-" + id + "', '井盖缺失', 'GRID_WORKER', " + ext + ", 'REPORTED',"
                        + " 'NORMAL', CURRENT_TIMESTAMP)");
            }
            s.execute("INSERT INTO event (id, number, title, channel, external_id, state, urgency, reported_at)"
                    + " VALUES (5, 'SJ-5', '同号不同渠道', 'HOTLINE', 'APP-7', 'REPORTED', 'NORMAL', CURRENT_TIMESTAMP)");
        }

        try (Database db = Database.open(location);
             Connection c = DriverManager.getConnection(location.jdbcUrl(), location.user(), location.password());
             Statement s = c.createStatement()) {
            assertThat(count(s, "SELECT COUNT(*) FROM event")).isEqualTo(5);
            assertThat(count(s, "SELECT COUNT(*) FROM event WHERE external_id = 'APP-7' AND channel = 'GRID_WORKER'"
                    + " AND id = 1")).isOne();
            assertThat(count(s, "SELECT COUNT(*) FROM event WHERE id IN (2, 3) AND external_id IS NULL")).isEqualTo(2);
            assertThat(count(s, "SELECT COUNT(*) FROM event WHERE id IN (4, 5) AND external_id IS NOT NULL"))
                    .isEqualTo(2);
            assertThat(count(s, "SELECT COUNT(*) FROM event_transition WHERE action = 'NOTE' AND event_id IN (2, 3)"
                    + " AND note LIKE '%APP-7%SJ-1%'")).isEqualTo(2);
            // from now on the database itself refuses a second copy
            boolean refused = false;
            try {
                s.execute("INSERT INTO event (id, number, title, channel, external_id, state, urgency, reported_at)"
                        + " VALUES (6, 'SJ-6', 'x', 'GRID_WORKER', 'APP-8', 'REPORTED', 'NORMAL', CURRENT_TIMESTAMP)");
            } catch (SQLException e) {
                refused = "23505".equals(e.getSQLState());
            }
            assertThat(refused).isTrue();
        }
    }

    private static long count(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
