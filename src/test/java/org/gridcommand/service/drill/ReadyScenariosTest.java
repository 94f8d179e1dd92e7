package org.gridcommand.service.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import org.gridcommand.demo.DemoCityService;
import org.gridcommand.demo.DemoScale;
import org.gridcommand.store.Database;
import org.gridcommand.store.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The two scenarios in scenarios/ run on the demo city as it ships: every code they name is there. */
class ReadyScenariosTest {
    /** The shipped demo city's areas, devices, resources and plans, with a token event history (not used here). */
    private static final DemoScale SHIPPED_CITY_FEW_EVENTS = new DemoScale(DemoScale.FULL.streets(),
            DemoScale.FULL.communities(), DemoScale.FULL.grids(), DemoScale.FULL.cameras(), DemoScale.FULL.sensors(),
            DemoScale.FULL.warehouses(), DemoScale.FULL.teams(), DemoScale.FULL.experts(), DemoScale.FULL.plans(),
            200, DemoScale.FULL.blockMetres());

    @TempDir
    Path dir;

    @Test
    void the_flood_and_the_gas_leak_scenarios_validate_clean_against_the_demo_city() {
        try (Database db = Database.open(TestDatabases.h2(dir))) {
            new DemoCityService(db, Clock.fixed(Instant.parse("2026-11-24T08:00:00Z"), ZoneId.of("Asia/Shanghai")))
                    .create(DemoCityService.DEFAULT_SEED, SHIPPED_CITY_FEW_EVENTS, (step, f) -> { });
            ScenarioValidation validation = new ScenarioValidation(db, new ScenarioFiles());

            ScenarioLoad flood = validation.validate(ScenarioFilesTest.FLOOD);
            ScenarioLoad gas = validation.validate(ScenarioFilesTest.GAS);

            assertThat(flood.problems()).isEmpty();
            assertThat(flood.clean()).isTrue();
            assertThat(flood.scenario().injects()).hasSize(7);
            assertThat(gas.problems()).isEmpty();
            assertThat(gas.scenario().injects()).hasSize(6);
        }
    }
}
