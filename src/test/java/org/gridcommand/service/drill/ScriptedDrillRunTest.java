package org.gridcommand.service.drill;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.gridcommand.demo.DemoCityService;
import org.gridcommand.demo.DemoScale;
import org.gridcommand.domain.drill.ActionResult;
import org.gridcommand.domain.drill.DrillOutcome;
import org.gridcommand.domain.drill.ObjectiveRating;
import org.gridcommand.domain.drill.PlayerAction;
import org.gridcommand.domain.drill.Scenario;
import org.gridcommand.domain.drill.TimelineEntry;
import org.gridcommand.domain.time.ConsoleClock;
import org.gridcommand.store.Database;
import org.gridcommand.store.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A trainer runs a short scenario headless with a script of what the players do: two actions met, two missed, one
 * contingency inject fired by a miss and met in its turn, one action the state refuses; the report says so.
 */
class ScriptedDrillRunTest {
    @TempDir
    Path dir;

    @Test
    void hits_misses_and_a_contingency_are_scored_from_the_drill_copy_s_audit_trail() throws Exception {
        try (Database live = Database.open(TestDatabases.h2(dir))) {
            new DemoCityService(live, Clock.systemUTC()).create(7L, DemoScale.SMALL, (s, f) -> { });
            String grid = query(live, "SELECT MIN(code) FROM area WHERE level = 'GRID'");
            String warehouse = query(live, "SELECT MIN(w.code) FROM warehouse w JOIN stock_item i "
                    + "ON i.warehouse_id = w.id WHERE i.item_code = 'LIFE_JACKET' AND i.quantity > 20");
            Path file = dir.resolve("short.yaml");
            Files.writeString(file, """
                    name: 短时积水演练
                    start: 2026-07-12T23:00:00+08:00
                    objectives:
                      - {id: O1, title: 接报处置, capability: 运行协调, targets: [5 分钟内立案]}
                      - {id: O2, title: 预案与物资, capability: 后勤, targets: [30 分钟内启动预案并调出救生衣]}
                    injects:
                      - number: 1
                        at: T+00:00
                        type: event_report
                        originator: 12345 市民来电
                        player_role: duty_officer
                        content: 下穿通道积水
                        location: {grid: "%1$s"}
                        expected:
                          - {id: 1a, action: register_event, objective: O1, deadline: T+00:05, points: 5}
                          - {id: 1b, action: dispatch_event, unit: PSGS, objective: O1, deadline: T+00:10,
                             points: 10, on_miss: 9}
                      - number: 2
                        at: T+00:10
                        type: message
                        player_role: commander
                        content: 气象台发布暴雨红色预警
                        expected:
                          - {id: 2a, action: activate_plan, plan: YA-FLOOD-01, level: III, objective: O2,
                             deadline: T+00:30, points: 20}
                          - {id: 2b, action: issue_stock, item: LIFE_JACKET, warehouse: %2$s, objective: O2,
                             deadline: T+00:30, points: 5}
                      - number: 9
                        contingency: true
                        type: message
                        player_role: duty_officer
                        content: 市民再次来电：仍无人处置
                        expected:
                          - {id: 9a, action: dispatch_event, unit: PSGS, objective: O1, deadline: T+00:25, points: 5}
                    """.formatted(grid, warehouse));
            Path script = dir.resolve("players.yaml");
            Files.writeString(script, """
                    - {at: T+00:03, action: register_event, inject: 1, category: E040101, actor: 值班员甲}
                    - {at: T+00:12, action: dispatch_event, inject: 2, unit: PSGS, actor: 值班员甲}
                    - {at: T+00:15, action: dispatch_event, inject: 1, unit: PSGS, actor: 值班员甲}
                    - {at: T+00:20, action: activate_plan, plan: YA-FLOOD-01, level: II, grid: "%1$s", actor: 指挥长}
                    - {at: T+00:40, action: issue_stock, item: LIFE_JACKET, warehouse: %2$s, quantity: 20, actor: 仓管员}
                    """.formatted(grid, warehouse));
            ScenarioLoad load = new ScenarioValidation(live, new ScenarioFiles()).validate(file);
            assertThat(load.problems()).isEmpty();
            ActionScript.Loaded players = ActionScript.read(script);
            assertThat(players.problems()).isEmpty();

            DrillOutcome outcome = run(live, load.scenario(), players.actions());

            assertThat(outcome.results()).filteredOn(ActionResult::met).extracting(r -> r.expected().id())
                    .containsExactlyInAnyOrder("1a", "2a", "9a");
            assertThat(outcome.results()).filteredOn(r -> !r.met()).extracting(r -> r.expected().id())
                    .containsExactlyInAnyOrder("1b", "2b");
            ActionResult registered = outcome.results().stream().filter(r -> r.expected().id().equals("1a"))
                    .findFirst().orElseThrow();
            assertThat(registered.delay()).isEqualTo(Duration.ofMinutes(3));
            ActionResult afterReminder = outcome.results().stream().filter(r -> r.expected().id().equals("9a"))
                    .findFirst().orElseThrow();
            assertThat(afterReminder.deliveredAt()).as("the contingency fires at the missed deadline")
                    .isEqualTo(Duration.ofMinutes(10));
            assertThat(afterReminder.delay()).isEqualTo(Duration.ofMinutes(5));
            assertThat(outcome.timeline()).filteredOn(e -> e.what() == TimelineEntry.What.CONTINGENCY)
                    .singleElement().satisfies(e -> assertThat(e.inject()).isEqualTo(9));
            assertThat(outcome.timeline()).filteredOn(e -> e.what() == TimelineEntry.What.REFUSED)
                    .singleElement().satisfies(e -> assertThat(e.at()).isEqualTo(Duration.ofMinutes(12)));
            assertThat(outcome.score()).isEqualTo(5 + 20 + 5);
            assertThat(outcome.possible()).isEqualTo(5 + 10 + 20 + 5 + 5);
            assertThat(outcome.rating(load.scenario().objectives().get(0))).isEqualTo(ObjectiveRating.M);

            AfterActionReport aar = AfterActionReport.of(outcome, "copy");
            assertThat(aar.improvementPlan()).extracting(p -> p.cause().expected().id())
                    .containsExactlyInAnyOrder("1b", "2b");
            // a plan's activation reserves its own needs (sandbags): that counts as drawn, life jackets are not among
            // them
            Path[] files = DrillReports.write(aar, dir.resolve("aar"), new DrillWords(Locale.SIMPLIFIED_CHINESE));
            JsonNode json = new ObjectMapper().readTree(files[0].toFile());
            assertThat(json.path("overview").path("score").asInt()).isEqualTo(30);
            assertThat(json.path("overview").path("contingencies_fired").asInt()).isEqualTo(1);
            assertThat(json.path("objectives").get(1).path("rating").asText()).isEqualTo("S");
            assertThat(Files.readAllBytes(files[1])).startsWith("%PDF".getBytes());
            assertThat(Files.size(files[1])).isGreaterThan(5_000);
        }
    }

    private static DrillOutcome run(Database live, Scenario scenario, List<PlayerAction> actions) throws Exception {
        ConsoleClock clock = new ConsoleClock(Clock.systemUTC(), ZoneId.of("Asia/Shanghai"));
        clock.stopAt(scenario.start().toInstant());
        try (DrillCity city = new DrillCities(live).start(clock)) {
            return new HeadlessDrill(city, clock, 0).run(scenario, actions);
        }
    }

    private static String query(Database db, String sql) {
        return db.withConnection(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getString(1);
            }
        });
    }
}
