package org.gridcommand.cli.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gridcommand.cli.CliAccounts;
import org.gridcommand.cli.RootCommand;
import org.gridcommand.service.emergency.FloodScenario;
import org.gridcommand.store.Database;
import org.gridcommand.store.DatabaseLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The same one-key activation from a script: propose, commit, export the warning, stand down. */
class EmergencyCommandsTest {
    @TempDir
    Path dir;
    private String db;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void town() {
        db = dir.resolve("city").toString();
        try (Database d = Database.open(DatabaseLocation.parse(db, null, null))) {
            FloodScenario.create(d);
            CliAccounts.create(d);
        }
    }

    /** As a commander's script runs it: {@code gridcommand <command> … --user 指挥长王}, password in the environment. */
    private int run(Object command, String... args) {
        List<String> all = new ArrayList<>(command instanceof ActivateCommand ? List.of("activate")
                : command instanceof ExportCommand.Cap ? List.of("export", "cap") : List.of("stand-down"));
        all.addAll(List.of(args));
        return run(root(), all.toArray(String[]::new));
    }

    private static CommandLine root() {
        return RootCommand.commandLine(new RootCommand(o -> 0, CliAccounts.withPassword(), "unused"),
                CommandLine.defaultFactory());
    }

    private int run(CommandLine cl, String... args) {
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--user", CliAccounts.COMMANDER));
        return cl.execute(all.toArray(String[]::new));
    }

    @Test
    void a_script_proposes_commits_exports_the_warning_and_stands_down() throws Exception {
        assertThat(run(new ActivateCommand(), "FLOOD-01", "--level", "I", "--circle", "31.23,121.47,1000",
                "--db", db)).isEqualTo(0);
        assertThat(out.toString()).contains("滨河应急仓库").contains("I 级响应").contains("半径 1000 米")
                .contains("缺口 物资不足").contains("\"plan\":\"FLOOD-01\"").doesNotContain("activation_id")
                .doesNotContain("SHORTFALL").doesNotContain("computed in");

        out.getBuffer().setLength(0);
        assertThat(run(new ActivateCommand(), "FLOOD-01", "--level", "III", "--grid", "G-RIVER-01", "--db", db,
                "--commit")).isEqualTo(0);
        String json = out.toString().lines().reduce((a, b) -> b).orElseThrow();
        long id = new ObjectMapper().readTree(json).get("activation_id").asLong();
        assertThat(id).isPositive();

        Path cap = dir.resolve("alert.xml");
        assertThat(run(new ExportCommand.Cap(), Long.toString(id), "--out", cap.toString(), "--db", db)).isZero();
        assertThat(Files.readString(cap)).contains("<msgType>Alert</msgType>").contains("<polygon>");

        out.getBuffer().setLength(0);
        assertThat(run(new StandDownCommand(), Long.toString(id), "--review", "--db", db)).isZero();
        assertThat(out.toString()).contains("物资 W-NEAR:SANDBAG").contains("解除调用");

        out.getBuffer().setLength(0);
        assertThat(run(new StandDownCommand(), Long.toString(id), "--used", "W-NOPE:SANDBAG=5", "--db", db))
                .isNotZero();
        assertThat(err.toString()).contains("请按 仓库:物资=数量").contains("W-NEAR:SANDBAG");
        assertThat(run(new StandDownCommand(), Long.toString(id), "--used", "W-NEAR:SANDBAG=300", "--db", db))
                .isZero();
        assertThat(out.toString()).contains("已终止应急响应 " + id).contains("消耗 SANDBAG  300").contains("归还 SANDBAG  1700");
        assertThat(out.toString()).contains("\"tasks\":1").contains("\"items_used\":{\"SANDBAG\":300}")
                .contains("\"items_released\":{\"SANDBAG\":1700}");
    }

    @Test
    void an_english_command_line_stands_down_in_english() throws Exception {
        assertThat(run(new ActivateCommand(), "FLOOD-01", "--level", "III", "--grid", "G-RIVER-01", "--db", db,
                "--commit")).isEqualTo(0);
        String json = out.toString().lines().reduce((a, b) -> b).orElseThrow();
        String id = new ObjectMapper().readTree(json).get("activation_id").asText();

        out.getBuffer().setLength(0);
        assertThat(run(root(), "--lang", "en", "stand-down", id, "--used", "W-NEAR:SANDBAG=300",
                "--db", db)).isZero();
        assertThat(out.toString()).contains("Stood down activation " + id + " (plan FLOOD-01 rev. 1, level III)")
                .contains("used SANDBAG  300").contains("released SANDBAG  1700").contains("Tasks 1:")
                .doesNotContainPattern("\\p{IsHan}");
        assertThat(run(root(), "--lang", "en", "stand-down", id, "--db", db)).isNotZero();
        assertThat(err.toString()).contains("Activation " + id + " was stood down at");
    }

    @Test
    void an_english_command_line_proposes_in_english() {
        assertThat(run(root(), "--lang", "en", "activate", "FLOOD-01", "--level", "I", "--circle",
                "31.23,121.47,1000", "--db", db, "--commit")).isZero();
        // the table for people; the JSON line below it is for scripts and keeps the stored record as it is
        String printed = out.toString().substring(0, out.toString().lastIndexOf("\n{"));
        assertThat(printed).contains("level I").contains("within 1000 m of 31.23000, 121.47000")
                .contains("Shortfall PUMP: 12 needed, 10 available, 2 missing").contains("computed in")
                .contains("activated: activation").contains("滨河应急仓库 · SANDBAG 3000")
                .contains("(30 people, 防汛抢险)");
        // the city's own names (warehouses, teams, units, the plan) stay as written; no sentence of ours is Chinese
        assertThat(printed).doesNotContain("级响应").doesNotContain("米的范围").doesNotContain("不足")
                .doesNotContain("已启动").doesNotContain("缺口");
    }

    @Test
    void bad_input_gets_a_clear_message_and_a_failing_exit_code() {
        assertThat(run(new ActivateCommand(), "FLOOD-99", "--level", "I", "--circle", "31.23,121.47,1000", "--db",
                db)).isNotZero();
        assertThat(err.toString()).contains("no plan with code FLOOD-99").contains("FLOOD-01");

        assertThat(run(new ActivateCommand(), "FLOOD-01", "--level", "V", "--circle", "31.23,121.47,1000", "--db",
                db)).isNotZero();
        assertThat(err.toString()).contains("--level").contains("I, II, III, IV");

        assertThat(run(new ActivateCommand(), "FLOOD-01", "--level", "I", "--polygon", "POLYGON((121 31, 121",
                "--db", db)).isNotZero();
        assertThat(err.toString()).contains("--polygon is not valid WKT");

        assertThat(run(new ActivateCommand(), "FLOOD-01", "--level", "I", "--circle", "131.23,121.47,1000", "--db",
                db)).isNotZero();
        assertThat(err.toString()).contains("not a WGS84 position");

        assertThat(run(new ActivateCommand(), "FLOOD-01", "--level", "I", "--circle", "31.23,121.47,-5", "--db",
                db)).isNotZero();
        assertThat(err.toString()).contains("radius");

        assertThat(run(new StandDownCommand(), "424242", "--db", db)).isNotZero();
        assertThat(err.toString()).contains("没有编号为 424242 的应急响应");
    }
}
