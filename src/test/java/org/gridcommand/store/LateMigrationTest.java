package org.gridcommand.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Features land in parallel, each with its own migration number, so a release can bring a migration numbered
 * below one the database already has (V13 arriving after V16 was applied). Such a database must still open, and
 * take the late migration, instead of refusing with "resolved migration not applied".
 */
class LateMigrationTest {
    /** Flyway's own table, its name and columns in lower case on both databases. */
    private static final String HISTORY = "\"flyway_schema_history\"";

    @TempDir
    Path dir;

    static Stream<DatabaseLocation.Vendor> vendors() {
        return TestDatabases.vendors();
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void a_database_missing_an_older_numbered_migration_opens_and_takes_it(DatabaseLocation.Vendor vendor)
            throws Exception {
        DatabaseLocation location = TestDatabases.fresh(vendor, dir);
        Database.open(location).close();
        // as if V12_1 had shipped after the newer migrations were applied: undo it and forget it was applied
        try (Connection c = connect(location); Statement s = c.createStatement()) {
            s.execute("ALTER TABLE activation_line DROP COLUMN consumed");
            s.execute("ALTER TABLE activation_line DROP COLUMN handed_over");
            assertThat(s.executeUpdate("DELETE FROM " + HISTORY + " WHERE \"version\" = '12.1'")).isOne();
        }

        try (Database db = Database.open(location, Database.Creation.EXISTING_ONLY);
             Connection c = connect(location); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT \"success\" FROM " + HISTORY
                    + " WHERE \"version\" = '12.1'")) {
                assertThat(rs.next()).as("the late migration was applied").isTrue();
                assertThat(rs.getBoolean(1)).isTrue();
            }
            try (ResultSet rs = s.executeQuery("SELECT consumed, handed_over FROM activation_line")) {
                assertThat(rs.getMetaData().getColumnCount()).isEqualTo(2);
            }
        }
    }

    private static Connection connect(DatabaseLocation location) throws Exception {
        return DriverManager.getConnection(location.jdbcUrl(), location.user(), location.password());
    }
}
