package org.gridcommand.store;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
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
    private final CompletableFuture<SessionFactory> sessionFactory;
    private final IdAllocator ids;
    /** The embedded file's daily compaction and backup, once started; null for servers and short commands. */
    private DailyUpkeep backups;

    private Database(DatabaseLocation location, HikariDataSource dataSource,
                     CompletableFuture<SessionFactory> sessionFactory) {
        this.location = location;
        this.dataSource = dataSource;
        this.sessionFactory = sessionFactory;
        this.ids = new IdAllocator(this);
    }

    /** Whether opening may create a database that is not there yet. */
    public enum Creation {
        /** Create it (the demo, tests, {@code --create}, the default data folder's first start). */
        CREATE_IF_MISSING,
        /** Refuse a path with no database: a mistyped {@code --db} must not start a new, empty one. */
        EXISTING_ONLY
    }

    /**
     * Opens (and, for a new embedded file, creates) the database at {@code location} and migrates its schema.
     *
     * @throws DatabaseUnavailableException when it cannot be opened; nothing has been changed then
     */
    public static Database open(DatabaseLocation location) {
        return open(location, Creation.CREATE_IF_MISSING);
    }

    /**
     * Opens the database at {@code location} and migrates its schema. An embedded file left mid-transaction by a
     * killed process is recovered (its unfinished work rolled back), with or without the lock file it left.
     *
     * @throws DatabaseUnavailableException when it cannot be opened; nothing has been changed then
     */
    public static Database open(DatabaseLocation location, Creation creation) {
        long start = System.nanoTime();
        EmbeddedFileCheck.State state = location.isEmbedded()
                ? EmbeddedFileCheck.inspect(location, creation == Creation.CREATE_IF_MISSING) : null;
        RecoveryCopy copy = state == EmbeddedFileCheck.State.UNFINISHED ? RecoveryCopy.take(location.file()) : null;
        HikariDataSource ds;
        try {
            ds = connect(location);
        } catch (DatabaseUnavailableException e) {
            if (copy != null) {
                copy.putBack();
            }
            throw e;
        }
        try {
            if (state != null && state != EmbeddedFileCheck.State.NEW) {
                requireSchema(location, ds);
            }
            migrate(location, ds);
        } catch (RuntimeException e) {
            ds.close();
            if (copy != null) {
                copy.putBack();
            }
            throw e;
        }
        if (copy != null) {
            copy.discard();
        }
        if (location.isEmbedded()) {
            OwnerOnly.restrict(location.file());
            OwnerOnly.restrict(Path.of(Backups.baseName(location.file()) + ".lock.db"));
        }
        CompletableFuture<SessionFactory> sf = new CompletableFuture<>();
        Thread boot = new Thread(() -> {
            try {
                sf.complete(buildSessionFactory(ds));
            } catch (Throwable t) {
                sf.completeExceptionally(t);
            }
        }, "gridcommand-orm-boot");
        boot.setDaemon(true);
        boot.start();
        LOG.info("Opened {} in {} ms{}", location, (System.nanoTime() - start) / 1_000_000,
                state == EmbeddedFileCheck.State.UNFINISHED ? " (unfinished work of a stopped process rolled back)"
                        : "");
        return new Database(location, ds, sf);
    }

    /** A file that existed must still hold GridCommand's schema once H2 has opened (and perhaps recovered) it. */
    private static void requireSchema(DatabaseLocation location, DataSource ds) {
        try (Connection c = ds.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                     + "WHERE TABLE_NAME = 'flyway_schema_history'")) {
            rs.next();
            if (rs.getLong(1) == 0) {
                throw Problems.damaged(location, new SQLException("no GridCommand schema after opening"));
            }
        } catch (SQLException e) {
            throw Problems.damaged(location, e);
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
                    // features land in parallel with their own version numbers: a database already at V16 must
                    // still take a V13 that arrives later, instead of refusing to open
                    .outOfOrder(true)
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
        } catch (CompletionException e) {
            throw new StoreException("The persistence layer could not start on " + location.describe() + ": "
                    + e.getCause().getMessage(), e.getCause());
        }
    }

    /**
     * Compacts and backs up the embedded file once a day while it is open (the first look 30 s from now): for the
     * console and the intake endpoint, which run for days. Short commands do not, so that an import never competes
     * with a backup. A no-op for servers, and when already started.
     */
    public synchronized void startDailyBackups() {
        if (location.isEmbedded() && backups == null) {
            backups = new DailyUpkeep(this);
        }
    }

    /** For store-internal use (backups). */
    DataSource dataSource() {
        return dataSource;
    }

    @Override
    public void close() {
        DailyUpkeep backups;
        synchronized (this) {
            backups = this.backups;
        }
        if (backups != null) {
            backups.close();
        }
        try {
            if (!sessionFactory.isCompletedExceptionally()) {
                sessionFactory.join().close();
            }
        } finally {
            dataSource.close();
        }
    }
}
