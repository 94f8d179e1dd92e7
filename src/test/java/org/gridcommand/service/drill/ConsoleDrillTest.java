package org.gridcommand.service.drill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import java.util.stream.Stream;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.domain.drill.DrillBoard;
import org.gridcommand.domain.drill.DrillBoard.Status;
import org.gridcommand.domain.drill.DrillClock;
import org.gridcommand.domain.drill.DrillOutcome;
import org.gridcommand.domain.drill.DrillSpeed;
import org.gridcommand.domain.drill.PlayerRole;
import org.gridcommand.domain.drill.Scenario;
import org.gridcommand.domain.time.ConsoleClock;
import org.gridcommand.service.Backend;
import org.gridcommand.demo.DemoCityService;
import org.gridcommand.demo.DemoScale;
import org.gridcommand.service.event.EventService;
import org.gridcommand.store.Database;
import org.gridcommand.store.DatabaseLocation;
import org.gridcommand.store.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A trainer runs a drill at the console: the clock starts, the trainer jumps to the first inject, a duty officer
 * registers its event on the drill copy and the expected action turns met at once (before its deadline), an ad-hoc
 * report is delivered, the clock pauses for discussion and stands still; at the end the live city is byte for byte
 * what it was.
 */
class ConsoleDrillTest {
    @TempDir
    Path dir;

    static Stream<DatabaseLocation.Vendor> vendors() {
        return TestDatabases.vendors();
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void the_console_s_drill_plays_the_msel_scores_live_and_leaves_the_live_city_unchanged(
            DatabaseLocation.Vendor vendor) throws Exception {
        String spec = vendor == DatabaseLocation.Vendor.H2 ? dir.resolve("city").toString()
                : TestDatabases.postgres().jdbcUrl();
        DatabaseLocation liveLocation = DatabaseLocation.parse(spec, null, null);
        String grid;
        try (Database db = Database.open(liveLocation)) {
            new DemoCityService(db, Clock.systemUTC()).create(7L, DemoScale.SMALL, (s, f) -> { });
        }
        Map<String, String> before = LiveFingerprint.of(liveLocation);
        try (Backend live = Backend.open(spec, null, null, Clock.systemUTC())) {
            grid = firstGrid(live);
            Scenario scenario = scenario(live, grid);
            ConsoleClock drillClock = new ConsoleClock(Clock.systemUTC(), ZoneId.of("Asia/Shanghai"));
            ConsoleDrill drill = ConsoleDrill.start(live, scenario, drillClock);
            try {
                DrillBoard ready = drill.advance();
                assertThat(ready.state()).isEqualTo(DrillClock.State.READY);
                assertThat(ready.injects()).noneMatch(DrillBoard.InjectLine::delivered);
                assertThat(drillClock.instant()).as("the console's clock stands at the scenario start")
                        .isEqualTo(scenario.start().toInstant());

                drill.startClock(DrillSpeed.X1);
                DrillBoard atFirst = drill.jumpToNextInject();
                assertThat(atFirst.elapsed()).isGreaterThanOrEqualTo(Duration.ofMinutes(5));
                DrillBoard.InjectLine first = atFirst.injects().get(0);
                assertThat(first.delivered()).isTrue();
                assertThat(first.event()).isNotNull();
                assertThat(atFirst.injects().get(1).delivered()).as("inject 2 comes at T+00:10").isFalse();
                assertThat(atFirst.expected("1a").status()).isEqualTo(Status.PENDING);

                EventService events = drill.services().systemEvents();
                events.register(first.event(), events.find(first.event()).getVersion(), "E040101", "值班员甲", null);
                DrillBoard afterRegister = drill.advance();
                assertThat(afterRegister.expected("1a").status()).as("met as soon as it is done, not at T+00:20")
                        .isEqualTo(Status.MET);
                assertThat(afterRegister.expected("1b").status()).isEqualTo(Status.PENDING);
                assertThat(afterRegister.steps()).anyMatch(s -> s.kind().equals("REGISTER")
                        && s.actor().equals("值班员甲"));
                assertThat(afterRegister.steps()).as("the inject's own arrival is not a player's step")
                        .noneMatch(s -> s.kind().equals("REPORT"));

                assertThat(drill.knowsPlace("NO-SUCH-GRID")).isFalse();
                DrillBoard adHoc = drill.adHocReport(PlayerRole.DUTY_OFFICER, "导调", "临时：路面塌陷", grid);
                assertThat(adHoc.injects()).anyMatch(l -> l.inject().content().equals("临时：路面塌陷")
                        && l.delivered() && l.event() != null);

                DrillBoard paused = drill.pause();
                Thread.sleep(1200);
                assertThat(drill.advance().elapsed()).as("paused for discussion: the clock stands still")
                        .isEqualTo(paused.elapsed());
                assertThat(drill.resume().state()).isEqualTo(DrillClock.State.RUNNING);
                assertThat(LiveFingerprint.of(liveLocation)).as("live data while the drill runs").isEqualTo(before);
            } finally {
                DrillOutcome outcome = drill.end(false);
                assertThat(outcome.results()).anyMatch(r -> r.expected().id().equals("1a") && r.met());
            }
            assertThatThrownBy(drill::jumpToNextInject).as("an ended drill's clock does not move")
                    .isInstanceOf(IllegalStateException.class);
        }
        assertThat(LiveFingerprint.of(liveLocation)).isEqualTo(before);
        if (vendor == DatabaseLocation.Vendor.H2) {
            try (Stream<Path> left = Files.list(dir.resolve("drills"))) {
                assertThat(left.filter(f -> f.toString().endsWith(".mv.db"))).as("the copy is removed").isEmpty();
            }
        }
    }

    private static String firstGrid(Backend live) {
        return live.city().areas().stream().filter(a -> a.getLevel() == AreaLevel.GRID)
                .map(Area::getCode).sorted().findFirst().orElseThrow();
    }

    private Scenario scenario(Backend live, String grid) throws Exception {
        Path file = dir.resolve("console.yaml");
        Files.writeString(file, """
                name: 控制台演练
                start: 2026-07-12T23:00:00+08:00
                objectives:
                  - {id: O1, title: 接报处置, capability: 运行协调, targets: [15 分钟内立案]}
                injects:
                  - number: 1
                    at: T+00:05
                    type: event_report
                    originator: 12345 市民来电
                    player_role: duty_officer
                    content: 下穿通道积水
                    location: {grid: "%1$s"}
                    expected:
                      - {id: 1a, action: register_event, objective: O1, deadline: T+00:20, points: 10}
                      - {id: 1b, action: dispatch_event, unit: PSGS, objective: O1, deadline: T+00:30, points: 10}
                  - number: 2
                    at: T+00:10
                    type: message
                    player_role: commander
                    content: 气象台发布暴雨红色预警
                """.formatted(grid));
        ScenarioLoad load = live.scenarioValidation().validate(file);
        assertThat(load.problems()).isEmpty();
        return load.scenario();
    }
}
