package org.gridcommand.cli.drill;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.gridcommand.cli.RootCommand;
import org.gridcommand.service.emergency.FloodScenario;
import org.gridcommand.store.Database;
import org.gridcommand.store.DatabaseLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The trainer's drill commands: validate in the chosen language, convert to a spreadsheet, run and report. */
class DrillCommandsTest {
    @TempDir
    Path dir;
    private String db;
    private Path scenario;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void town() throws Exception {
        db = dir.resolve("city").toString();
        try (Database d = Database.open(DatabaseLocation.parse(db, null, null))) {
            FloodScenario.create(d);
        }
        scenario = dir.resolve("river.yaml");
        Files.writeString(scenario, """
                name: 滨河演练
                start: 2026-07-12T23:00:00+08:00
                injects:
                  - number: 1
                    at: T+00:00
                    type: event_report
                    player_role: duty_officer
                    content: 滨河第一网格积水
                    location: {grid: G-RIVER-01}
                    expected:
                      - {id: 1a, action: dispatch_event, unit: WB001, deadline: T+00:10, points: 10, on_miss: 2}
                  - number: 2
                    contingency: true
                    type: message
                    player_role: commander
                    content: 上级来电催办
                """);
    }

    private int run(String lang, String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "--lang";
        all[1] = lang;
        all[2] = "drill";
        System.arraycopy(args, 0, all, 3, args.length);
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cl = RootCommand.commandLine(new RootCommand(o -> 0, Map.of(), "unused"),
                CommandLine.defaultFactory());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(all);
    }

    @Test
    void a_clean_scenario_passes_and_a_wrong_plan_is_named_in_either_language() throws Exception {
        assertThat(run("zh", "validate", scenario.toString(), "--db", db)).isZero();
        assertThat(out.toString()).contains("检查通过（2 条注入，满分 10 分）");

        Files.writeString(scenario, Files.readString(scenario).replace("unit: WB001", "unit: WB999"));
        assertThat(run("zh", "validate", scenario.toString(), "--db", db)).isEqualTo(1);
        assertThat(err.toString()).contains("注入 1, 预期行动 1a [unit]: 本城市没有承办单位 WB999");
        assertThat(run("en", "validate", scenario.toString(), "--db", db)).isEqualTo(1);
        assertThat(err.toString()).contains("inject 1, action 1a [unit]: This city has no unit WB999");
    }

    @Test
    void a_run_without_players_misses_fires_the_contingency_and_writes_both_reports() throws Exception {
        Path xlsx = dir.resolve("river.xlsx");
        assertThat(run("en", "convert", scenario.toString(), "--out", xlsx.toString())).isZero();
        assertThat(xlsx).exists();

        assertThat(run("zh", "run", xlsx.toString(), "--db", db, "--report", dir.resolve("aar").toString()))
                .as(err.toString()).isZero();

        String[] lines = out.toString().strip().split("\n");
        JsonNode json = new ObjectMapper().readTree(lines[lines.length - 1]);
        assertThat(json.path("score").asInt()).isZero();
        assertThat(json.path("possible").asInt()).isEqualTo(10);
        assertThat(json.path("missed").get(0).asText()).isEqualTo("1a");
        assertThat(json.path("contingencies_fired").asInt()).isEqualTo(1);
        assertThat(dir.resolve("aar.pdf")).exists();
        assertThat(dir.resolve("aar.json")).exists();
        assertThat(run("zh", "run", scenario.toString(), "--db", db, "--speed", "3", "--report", "x")).isEqualTo(2);
        assertThat(err.toString()).contains("速度 3 无效");
    }
}
