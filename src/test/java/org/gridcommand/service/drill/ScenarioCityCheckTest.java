package org.gridcommand.service.drill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.gridcommand.domain.drill.ScenarioProblem;
import org.gridcommand.service.emergency.FloodScenario;
import org.gridcommand.store.Database;
import org.gridcommand.store.DatabaseLocation;
import org.gridcommand.store.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Before a drill the trainer learns which plans, grids, units and places of the scenario this city lacks. */
class ScenarioCityCheckTest {
    @TempDir
    Path dir;

    static Stream<DatabaseLocation.Vendor> vendors() {
        return TestDatabases.vendors();
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void unknown_plan_grid_unit_and_a_point_outside_the_city_are_named(DatabaseLocation.Vendor vendor)
            throws Exception {
        Path file = dir.resolve("river.yaml");
        Files.writeString(file, """
                name: 滨江汛情
                start: 2026-07-12T23:00:00+08:00
                injects:
                  - number: 1
                    at: T+00:00
                    type: event_report
                    player_role: duty_officer
                    content: 滨河第一网格积水
                    location: {grid: G-RIVER-01, lon: %s, lat: %s}
                    expected:
                      - {id: 1a, action: activate_plan, plan: FLOOD-01, level: III, deadline: T+00:10, points: 10}
                      - {id: 1b, action: dispatch_event, unit: WB001, deadline: T+00:10, points: 5}
                      - {id: 1c, action: issue_stock, item: SANDBAG, warehouse: W-NEAR, deadline: T+00:20, points: 5}
                  - number: 2
                    at: T+00:05
                    type: event_report
                    player_role: duty_officer
                    content: 另一处积水
                    location: {grid: G-NOWHERE, lon: 116.40, lat: 39.90}
                    expected:
                      - {id: 2a, action: activate_plan, plan: YA-FLOOD-02, level: III, deadline: T+00:15, points: 10}
                      - {id: 2b, action: dispatch_event, unit: PSGS, deadline: T+00:15, points: 5}
                """.formatted(FloodScenario.LON, FloodScenario.LAT));
        try (Database db = Database.open(TestDatabases.fresh(vendor, dir))) {
            FloodScenario.create(db);

            ScenarioLoad load = new ScenarioValidation(db, new ScenarioFiles()).validate(file);

            assertThat(load.problems()).extracting(ScenarioProblem::where, ScenarioProblem::field,
                    ScenarioProblem::key).containsExactlyInAnyOrder(
                    tuple("inject 2", "location.grid", "scenario.unknownGrid"),
                    tuple("inject 2", "location", "scenario.outsideCity"),
                    tuple("inject 2, action 2a", "plan", "scenario.unknownPlan"),
                    tuple("inject 2, action 2b", "unit", "scenario.unknownUnit"));
        }
    }
}
