package org.gridcommand.service.drill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gridcommand.domain.drill.ActionKind;
import org.gridcommand.domain.drill.Inject;
import org.gridcommand.domain.drill.InjectType;
import org.gridcommand.domain.drill.PlayerRole;
import org.gridcommand.domain.drill.Scenario;
import org.gridcommand.domain.drill.ScenarioProblem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A trainer writes a scenario in YAML or a spreadsheet; every mistake comes back with where it is and what to do. */
class ScenarioFilesTest {
    static final Path FLOOD = Path.of("scenarios/flood-minghu-river-night.yaml");
    static final Path GAS = Path.of("scenarios/gas-leak-old-community.yaml");

    @TempDir
    Path dir;

    private final ScenarioFiles files = new ScenarioFiles();

    @Test
    void the_flood_scenario_reads_with_its_header_injects_series_and_contingency() {
        ScenarioLoad load = files.read(FLOOD);

        assertThat(load.problems()).isEmpty();
        Scenario s = load.scenario();
        assertThat(s.name()).isEqualTo("明湖江夜间洪水");
        assertThat(s.start().toString()).isEqualTo("2026-07-12T23:00+08:00");
        assertThat(s.objectives()).extracting(o -> o.id()).containsExactly("O1", "O2", "O3", "O4");
        Inject gauge = s.inject(1).orElseThrow();
        assertThat(gauge.type()).isEqualTo(InjectType.SENSOR_SERIES);
        assertThat(gauge.device()).isEqualTo("SEN-WAT-0008");
        assertThat(gauge.readings()).hasSize(5);
        assertThat(gauge.readings().get(2).at()).isEqualTo(Duration.ofMinutes(20));
        assertThat(gauge.expected().get(0).kind()).isEqualTo(ActionKind.ACTIVATE_PLAN);
        assertThat(gauge.expected().get(0).onMiss()).isEqualTo(9);
        assertThat(s.inject(2).orElseThrow().location().lon()).isEqualTo(120.14586);
        assertThat(s.inject(9).orElseThrow().contingency()).isTrue();
        assertThat(s.scheduled()).extracting(Inject::number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(s.inject(4).orElseThrow().playerRole()).isEqualTo(PlayerRole.COMMANDER);
    }

    @Test
    void mistakes_are_reported_per_inject_and_field_in_the_trainer_s_language() throws Exception {
        Path file = dir.resolve("bad.yaml");
        Files.writeString(file, """
                name: 坏场景
                start: 2026-07-12T23:00:00+08:00
                injects:
                  - number: 1
                    at: T+1:5
                    type: event_report
                    player_role: duty_officer
                    content: 积水
                    location: {grid: G-1}
                  - number: 2
                    at: T+00:30
                    type: phone_call
                    player_role: duty_officer
                    content: x
                  - number: 3
                    at: T+00:30
                    type: message
                    player_role: commander
                    content: 请启动预案
                    expected:
                      - {id: 3a, action: activate_plan, plan: YA-FLOOD-02, deadline: T+00:20, points: 10, on_miss: 7}
                """);

        List<ScenarioProblem> problems = files.read(file).problems();

        assertThat(problems).extracting(ScenarioProblem::where, ScenarioProblem::field, ScenarioProblem::key)
                .contains(
                        tuple("inject 1", "at", "scenario.badTime"),
                        tuple("inject 2", "type", "scenario.badChoice"));
        // the structural checks run once every field could be read
        Files.writeString(file, Files.readString(file).replace("T+1:5", "T+00:05").replace("phone_call", "message"));
        problems = files.read(file).problems();
        assertThat(problems).extracting(ScenarioProblem::where, ScenarioProblem::key).containsExactlyInAnyOrder(
                tuple("inject 3, action 3a", "scenario.deadlineBeforeInject"),
                tuple("inject 3, action 3a", "scenario.unknownContingency"));

        ScenarioProblem deadline = problems.stream().filter(p -> p.key().equals("scenario.deadlineBeforeInject"))
                .findFirst().orElseThrow();
        assertThat(new DrillWords(Locale.SIMPLIFIED_CHINESE).problem(deadline))
                .isEqualTo("注入 3, 预期行动 3a [deadline]: 期限 T+00:20 不晚于注入时间 T+00:30：期限须在注入之后");
        assertThat(new DrillWords(Locale.ENGLISH).problem(deadline))
                .isEqualTo("inject 3, action 3a [deadline]: Deadline T+00:20 is not after the inject at T+00:30: "
                        + "a deadline must come after its inject");
    }

    @Test
    void broken_yaml_names_the_line() throws Exception {
        Path file = dir.resolve("broken.yaml");
        Files.writeString(file, "name: x\ninjects:\n  - number: 1\n   at: [T+00:00\n");

        ScenarioLoad load = files.read(file);

        assertThat(load.scenario()).isNull();
        assertThat(load.problems()).singleElement().satisfies(p -> {
            assertThat(p.key()).isEqualTo("scenario.badYaml");
            assertThat(Integer.parseInt(p.args().get(0))).isBetween(3, 5);
        });
        assertThat(files.read(dir.resolve("missing.yaml")).problems()).extracting(ScenarioProblem::key)
                .containsExactly("scenario.noFile");
    }

    @Test
    void both_ready_scenarios_survive_a_round_trip_through_a_spreadsheet_and_yaml() throws Exception {
        for (Path source : List.of(FLOOD, GAS)) {
            Scenario original = files.read(source).scenario();
            Path xlsx = dir.resolve(source.getFileName() + ".xlsx");
            Path yaml = dir.resolve(source.getFileName() + ".out.yaml");

            files.write(original, xlsx);
            ScenarioLoad fromSheet = files.read(xlsx);
            files.write(fromSheet.scenario(), yaml);
            ScenarioLoad fromYaml = files.read(yaml);

            assertThat(fromSheet.problems()).isEmpty();
            assertThat(fromSheet.scenario()).isEqualTo(original);
            assertThat(fromYaml.problems()).isEmpty();
            assertThat(fromYaml.scenario()).isEqualTo(original);
        }
    }

    @Test
    void a_bad_cell_in_the_spreadsheet_names_its_sheet_and_row() throws Exception {
        Path xlsx = dir.resolve("flood.xlsx");
        files.write(files.read(FLOOD).scenario(), xlsx);
        try (InputStream in = Files.newInputStream(xlsx); Workbook wb = new XSSFWorkbook(in)) {
            Sheet actions = wb.getSheet("Actions");
            Row head = actions.getRow(0);
            int deadline = 0;
            while (!head.getCell(deadline).getStringCellValue().equals("deadline")) {
                deadline++;
            }
            actions.getRow(3).getCell(deadline).setCellValue("00:35");
            try (OutputStream out = Files.newOutputStream(xlsx)) {
                wb.write(out);
            }
        }

        List<ScenarioProblem> problems = files.read(xlsx).problems();

        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.where()).endsWith("(Actions row 4)");
            assertThat(p.field()).isEqualTo("deadline");
            assertThat(p.key()).isEqualTo("scenario.badTime");
        });
    }
}
