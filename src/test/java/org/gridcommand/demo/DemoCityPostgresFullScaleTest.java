package org.gridcommand.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.gridcommand.store.Database;
import org.gridcommand.store.DatabaseLocation;
import org.gridcommand.store.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

/**
 * The full demo city on a shared PostgreSQL server, within the one-minute budget. Opt-in
 * ({@code -Dgridcommand.test.demo.full.pg=true}): it writes about a million rows.
 */
@EnabledIfSystemProperty(named = "gridcommand.test.demo.full.pg", matches = "true")
class DemoCityPostgresFullScaleTest {
    @TempDir
    Path dir;

    @Test
    void the_full_demo_city_is_written_to_postgresql_within_a_minute() {
        try (Database db = Database.open(TestDatabases.fresh(DatabaseLocation.Vendor.POSTGRESQL, dir))) {
            DemoSummary summary = new DemoCityService(db, DemoCityFullScaleTest.CLOCK)
                    .create(DemoCityService.DEFAULT_SEED, DemoProgress.NONE);
            System.out.println("Full demo city on PostgreSQL in " + summary.millis() + " ms: " + summary.counts());

            assertThat(summary.count("event")).isEqualTo(100_000);
            assertThat(summary.millis()).isLessThan(60_000);
            DemoCityChecks.assertHistoriesReplay(db);
        }
    }
}
