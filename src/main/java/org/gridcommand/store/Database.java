package org.gridcommand.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Function;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.hibernate.Session;
import org.hibernate.SessionFactory;
import org.hibernate.StatelessSession;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.cfg.Configuration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open GridCommand database: the connection pool, the schema brought up to date by Flyway, and Hibernate on
 * top. Opening either succeeds completely or throws {@link DatabaseUnavailableException} with a message a
 * person can act on; it never deletes or overwrites an existing file.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final DatabaseLocation location;
    private final HikariDataSource dataSource;
    /**
     * Hibernate boots on its own thread while the caller already reads through plain JDBC (the console's start-up
     * reads the map that way), and the first ORM call waits for it.
     */
    private final java.util.concurrent.CompletableFuture<SessionFactory> sessionFactory;
    private final IdAllocator ids;

    private Database(DatabaseLocation location, HikariDataSource dataSource,
                     java.util.concurrent.CompletableFuture<SessionFactory> sessionFactory) {
        this.location = location;
        this.dataSource = dataSource;
        this.sessionFactory = sessionFactory;
        this.ids = new IdAllocator(this);
    }

    /**
     * Opens (and, for a new embedded file, creates) the database at {@code location} and migrates its schema.
     *
     * @throws DatabaseUnavailableException when it cannot be opened; nothing has been changed then
     */
    public static Database open(DatabaseLocation location) {
        long start = System.nanoTime();
        if (location.isEmbedded()) {
            EmbeddedFileCheck.check(location.file());
            EmbeddedFileCheck.checkReadOnly(location);
        }
        HikariDataSource ds = connect(location);
        try {
            migrate(location, ds);
            java.util.concurrent.CompletableFuture<SessionFactory> sf = new java.util.concurrent.CompletableFuture<>();
            Thread boot = new Thread(() -> {
                try {
                    sf.complete(buildSessionFactory(ds));
                } catch (Throwable t) {
                    sf.completeExceptionally(t);
                }
            }, "gridcommand-orm-boot");
            boot.setDaemon(true);
            boot.start();
            LOG.info("Opened {} in {} ms", location, (System.nanoTime() - start) / 1_000_000);
            return new Database(location, ds, sf);
        } catch (RuntimeException e) {
            ds.close();
            throw e;
        }
    }

    private static HikariDataSource connect(DatabaseLocation location) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(location.jdbcUrl());
        if (location.user() != null) {
            config.setUsername(location.user());
        }
        if (location.password() != null) {
            config.setPassword(location.password());
        }
        config.setPoolName("gridcommand");
        config.setMaximumPoolSize(location.isEmbedded() ? 4 : 8);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(5_000);
        config.setInitializationFailTimeout(1);
        config.setAutoCommit(true);
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw ConnectionProblem.explain(location, e);
        }
    }

    private static void migrate(DatabaseLocation location, DataSource ds) {
        try {
            Flyway.configure()
                    .dataSource(ds)
                    .locations("classpath:db/migration/common",
                            "classpath:db/migration/" + location.vendor().migrationFolder())
                    .failOnMissingLocations(true)
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            throw ConnectionProblem.explainMigration(location, e);
        }
    }

    private static SessionFactory buildSessionFactory(DataSource ds) {
        Configuration cfg = new Configuration();
        Entities.ALL.forEach(cfg::addAnnotatedClass);
        cfg.getProperties().put(AvailableSettings.JAKARTA_NON_JTA_DATASOURCE, ds);
        cfg.setProperty(AvailableSettings.HBM2DDL_AUTO, System.getProperty("gridcommand.hbm2ddl", "none"));
        cfg.setProperty(AvailableSettings.STATEMENT_BATCH_SIZE, "500");
        cfg.setProperty(AvailableSettings.ORDER_INSERTS, "true");
        cfg.setProperty(AvailableSettings.ORDER_UPDATES, "true");
        cfg.setProperty(AvailableSettings.JDBC_TIME_ZONE, "UTC");
        cfg.setProperty(AvailableSettings.SHOW_SQL, "false");
        return cfg.buildSessionFactory();
    }

    /**
     * Rewrites an embedded database file without the space that a bulk load leaves behind (a freshly generated
     * demo city shrinks from ~800 MB to ~115 MB). Needs the file closed by everyone; a no-op for servers.
     */
    public static void compact(DatabaseLocation location) {
        if (!location.isEmbedded()) {
            return;
        }
        try (Connection c = java.sql.DriverManager.getConnection(location.jdbcUrl(), location.user(),
                location.password()); java.sql.Statement st = c.createStatement()) {
            st.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            throw new StoreException("Could not compact " + location.describe() + ": " + e.getMessage()
                    + ". The data is intact; the file is only larger than it needs to be.", e);
        }
    }

    /** Runs {@code work} in one transaction: it commits when work returns and rolls back when it throws. */
    public <T> T transact(Function<Session, T> work) {
        return sessionFactory().fromTransaction(work);
    }

    /** Like {@link #transact} but without a persistence context, for bulk reads and writes. */
    public <T> T transactStateless(Function<StatelessSession, T> work) {
        return sessionFactory().fromStatelessTransaction(work);
    }

    /** Work on a plain JDBC connection, for bulk loads where the ORM adds only cost. */
    @FunctionalInterface
    public interface ConnectionWork<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs {@code work} on one JDBC connection inside one transaction (all or nothing).
     *
     * @throws StoreException wrapping the SQL problem
     */
    public <T> T withConnection(ConnectionWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("Database error on " + location.describe() + ": " + e.getMessage(), e);
        }
    }

    /** The application's id source: unique across tables and across consoles sharing the database. */
    public IdAllocator ids() {
        return ids;
    }

    public DatabaseLocation location() {
        return location;
    }

    public DatabaseLocation.Vendor vendor() {
        return location.vendor();
    }

    /** For store-internal use (repositories). */
    SessionFactory sessionFactory() {
        try {
            return sessionFactory.join();
        } catch (java.util.concurrent.CompletionException e) {
            throw new StoreException("The persistence layer could not start on " + location.describe() + ": "
                    + e.getCause().getMessage(), e.getCause());
        }
    }

    @Override
    public void close() {
        try {
            if (!sessionFactory.isCompletedExceptionally()) {
                sessionFactory.join().close();
            }
        } finally {
            dataSource.close();
        }
    }

    /** Refuses files that are not H2 databases, so that opening them can never overwrite them. */
    static final class EmbeddedFileCheck {
        private static final byte[] H2_HEADER = "H:2,".getBytes(StandardCharsets.US_ASCII);

        private EmbeddedFileCheck() {
        }

        static void check(java.nio.file.Path file) {
            try {
                Files.createDirectories(file.toAbsolutePath().getParent());
            } catch (IOException e) {
                throw new DatabaseUnavailableException("Cannot create the data folder " + file.getParent() + ": "
                        + e.getMessage() + ". Choose a writable place with --db.", e);
            }
            if (!Files.exists(file)) {
                return;
            }
            if (!Files.isReadable(file) || !Files.isWritable(file)) {
                throw new DatabaseUnavailableException("The database file " + file + " is not readable and writable "
                        + "by this user. Fix its permissions or choose another file with --db.");
            }
            byte[] head = new byte[H2_HEADER.length];
            int read;
            try (InputStream in = Files.newInputStream(file)) {
                read = in.readNBytes(head, 0, head.length);
            } catch (IOException e) {
                throw new DatabaseUnavailableException("Cannot read the database file " + file + ": " + e.getMessage()
                        + ". It was not changed.", e);
            }
            if (read < head.length || !java.util.Arrays.equals(head, H2_HEADER)) {
                throw new DatabaseUnavailableException("The file " + file + " is not a GridCommand (H2) database or is "
                        + "damaged (it is " + sizeOf(file) + " bytes and does not start like one). It was not changed. "
                        + "Move it aside and restore it from a backup, or start on a new file with --db.");
            }
        }

        /**
         * Opens an existing file read-only and checks that it holds a GridCommand schema. H2 opens some damaged
         * files as if they were empty; a normal open would then write a fresh schema over what is left of the
         * officer's data. A read-only look first makes that impossible.
         */
        static void checkReadOnly(DatabaseLocation location) {
            java.nio.file.Path file = location.file();
            if (!Files.exists(file)) {
                return;
            }
            String base = file.toString().substring(0, file.toString().length() - ".mv.db".length());
            String url = "jdbc:h2:file:" + base + ";ACCESS_MODE_DATA=r";
            boolean ours;
            try (Connection c = java.sql.DriverManager.getConnection(url, location.user(), location.password());
                 java.sql.Statement st = c.createStatement();
                 java.sql.ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                         + "WHERE TABLE_NAME = 'flyway_schema_history'")) {
                rs.next();
                ours = rs.getLong(1) > 0;
            } catch (SQLException e) {
                if (e.getErrorCode() == org.h2.api.ErrorCode.DATABASE_ALREADY_OPEN_1) {
                    return; // another console has it open and serves it (AUTO_SERVER): it is readable
                }
                if (e.getErrorCode() == org.h2.api.ErrorCode.DATABASE_IS_READ_ONLY) {
                    // H2 wanted to write while merely opening: it is repairing a damaged file
                    throw new DatabaseUnavailableException("The database file " + file + " is damaged (H2 would "
                            + "have to rewrite it to open it). It was not changed. Restore it from a backup, or "
                            + "start on a new file with --db.", e);
                }
                throw ConnectionProblem.explain(location, e);
            }
            if (!ours) {
                throw new DatabaseUnavailableException("The file " + file + " holds no GridCommand data that can be "
                        + "read: it is damaged or belongs to another program. It was not changed. Move it aside and "
                        + "restore it from a backup, or start on a new file with --db.");
            }
        }

        private static String sizeOf(java.nio.file.Path file) {
            try {
                return Long.toString(Files.size(file));
            } catch (IOException e) {
                return "?";
            }
        }
    }
}
