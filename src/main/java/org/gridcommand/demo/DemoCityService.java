package org.gridcommand.demo;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gridcommand.service.Backend;
import org.gridcommand.service.account.PasswordHashes;
import org.gridcommand.store.Database;
import org.gridcommand.store.bulk.BulkWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generates the demo city 明湖区 into an empty database: areas down to micro-grids, units and people, the event
 * taxonomy, cameras and sensors, emergency resources and plans, a year of event history before the clock, and
 * the base map. The same seed always gives the same city.
 */
public final class DemoCityService {
    public static final long DEFAULT_SEED = 20261124L;
    private static final Logger LOG = LoggerFactory.getLogger(DemoCityService.class);

    private final Database db;
    private final Clock clock;

    public DemoCityService(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** The generator for the database that {@code backend} has open, on its clock. */
    public static DemoCityService of(Backend backend) {
        return new DemoCityService(backend.database(), backend.clock());
    }

    /** True when the database already holds areas (a city). */
    public boolean hasCity() {
        return db.withConnection(DemoCityService::areaCount) > 0;
    }

    /**
     * Generates and persists the whole demo city at full scale, in one transaction (all or nothing).
     *
     * @throws IllegalStateException when the database already holds a city; nothing is changed then
     */
    public DemoSummary create(long seed, DemoProgress progress) {
        return create(seed, DemoScale.FULL, progress);
    }

    /** Like {@link #create(long, DemoProgress)} at another scale ({@link DemoScale#SMALL} for quick tests). */
    public DemoSummary create(long seed, DemoScale scale, DemoProgress progress) {
        long start = System.nanoTime();
        refuseIfCity(db.withConnection(DemoCityService::areaCount));
        DemoCityWriter writer = new DemoCityWriter(seed, scale, clock.instant(), db.ids()::next, progress);
        DemoCityWriter.Geography geography = writer.plan();
        Map<String, Long> counts = db.withConnection(c -> {
            // checked again inside the transaction: another console may have created a city meanwhile
            refuseIfCity(areaCount(c));
            BulkWriter bulk = new BulkWriter(c);
            writer.write(geography, bulk);
            bulk.flush();
            new DemoAccounts(new PasswordHashes()).write(c, db.ids()::next, clock.instant());
            new DemoRoster(new PasswordHashes()).write(c, db.ids()::next, clock.instant(), clock.getZone());
            return new LinkedHashMap<>(bulk.counts());
        });
        long millis = (System.nanoTime() - start) / 1_000_000;
        progress.update("完成 / done", 1.0);
        LOG.info("Demo city (seed {}) written in {} ms: {}", seed, millis, counts);
        return new DemoSummary(counts, millis);
    }

    private static void refuseIfCity(long areas) {
        if (areas > 0) {
            throw new IllegalStateException("数据库中已有城市数据（" + areas + " 个区划），未作任何改动。/ The database "
                    + "already holds a city (" + areas + " areas); the demo city is only generated into an empty "
                    + "database. Nothing was changed.");
        }
    }

    private static long areaCount(Connection c) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM area")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
