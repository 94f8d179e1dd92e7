package org.gridcommand.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Real databases for tests: a fresh embedded H2 file in a temp folder, and — when the build is given
 * {@code -Dgridcommand.test.pg.url=jdbc:postgresql://localhost:5432/postgres?user=…&password=…} (as
 * {@code .ci/run} does) — a fresh PostgreSQL database created for the test and dropped afterwards.
 * The role needs CREATEDB, and PostGIS must be installed in template1.
 */
public final class TestDatabases {
    private static final List<String> CREATED = new ArrayList<>();

    private TestDatabases() {
    }

    /** The admin URL of the test PostgreSQL server, or null when this build has none. */
    public static String postgresAdminUrl() {
        String url = System.getProperty("gridcommand.test.pg.url", "");
        if (url.isBlank()) {
            url = System.getenv().getOrDefault("GRIDCOMMAND_TEST_PG_URL", "");
        }
        return url.isBlank() ? null : url;
    }

    /**
     * Whether the shared-mode tests can run here. On CI ({@code CI=true}) a missing server is an error, not a
     * reason to skip: the shared mode must be proven on every submission.
     */
    public static boolean postgresAvailable() {
        boolean configured = postgresAdminUrl() != null;
        if (!configured && "true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException("CI=true but no test PostgreSQL is configured: .ci/run must start one "
                    + "and export GRIDCOMMAND_TEST_PG_URL");
        }
        return configured;
    }

    /** A new embedded database file under {@code dir}. */
    public static DatabaseLocation h2(Path dir) {
        return DatabaseLocation.parse(dir.resolve("test-" + UUID.randomUUID()).toString(), null, null);
    }

    /** A new, empty PostgreSQL database on the test server (throws when none is configured). */
    public static DatabaseLocation postgres() {
        String admin = postgresAdminUrl();
        if (admin == null) {
            throw new IllegalStateException("no test PostgreSQL configured (gridcommand.test.pg.url)");
        }
        String name = "gc_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        try (Connection c = DriverManager.getConnection(admin); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database on " + admin + ": " + e.getMessage(), e);
        }
        synchronized (CREATED) {
            CREATED.add(name);
        }
        String url = admin.replaceFirst("(jdbc:postgresql://[^/]+/)[^?]*", "$1" + name);
        return DatabaseLocation.parse(url, null, null);
    }

    /** Every database vendor available in this build: always H2, plus PostgreSQL when configured. */
    public static Stream<DatabaseLocation.Vendor> vendors() {
        return postgresAvailable()
                ? Stream.of(DatabaseLocation.Vendor.H2, DatabaseLocation.Vendor.POSTGRESQL)
                : Stream.of(DatabaseLocation.Vendor.H2);
    }

    /** A fresh database of {@code vendor}. */
    public static DatabaseLocation fresh(DatabaseLocation.Vendor vendor, Path dir) {
        return vendor == DatabaseLocation.Vendor.H2 ? h2(dir) : postgres();
    }

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(TestDatabases::dropAll));
    }

    private static void dropAll() {
        String admin = postgresAdminUrl();
        if (admin == null) {
            return;
        }
        synchronized (CREATED) {
            try (Connection c = DriverManager.getConnection(admin); Statement s = c.createStatement()) {
                for (String name : CREATED) {
                    s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
                }
            } catch (SQLException ignored) {
                // best effort: the CI machine is thrown away anyway
            }
        }
    }
}
