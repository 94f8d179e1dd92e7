package org.gridcommand.cli.loop;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Arrays;
import org.gridcommand.cli.CliAccounts;
import org.gridcommand.cli.RootCommand;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.domain.event.Urgency;
import org.gridcommand.service.Backend;
import org.gridcommand.service.event.IntakeReport;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The closed loop from a script, in the language chosen with --lang: an event's history, the return-visit rule. */
class EventCommandsTest {
    @TempDir
    Path dir;
    private String db;
    private String number;
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeEach
    void aHotlineCall() {
        db = dir.resolve("city").toString();
        try (Backend b = Backend.open(db, null, null, Clock.systemUTC())) {
            number = b.systemEvents().intake(new IntakeReport(Channel.HOTLINE, "T-77", null, "路灯不亮", "小区门口路灯不亮",
                    null, null, "东湖路 1 号", "市民刘先生", null, Urgency.NORMAL)).event().getNumber();
            CliAccounts.create(b.accounts());
        }
    }

    @Test
    void an_events_history_reads_in_the_chosen_language() {
        assertThat(run("--lang", "en", "event", "show", number, "--db", db)).isZero();
        assertThat(out.toString()).contains(number + "  路灯不亮  [reported]")
                .contains("市民刘先生  Reported  reported  no coordinates; no category: waiting for triage")
                .doesNotContain("未分类").doesNotContain("已上报");

        out.getBuffer().setLength(0);
        assertThat(run("event", "show", number, "--db", db)).isZero();
        assertThat(out.toString()).contains("[已上报]").contains("上报  已上报  无坐标；未分类，待分拣")
                .doesNotContain("triage");
    }

    @Test
    void the_return_visit_rule_is_set_for_every_console_and_a_wrong_value_is_refused_in_words() {
        assertThat(run("event", "visit-tries", "--db", db)).isZero();
        assertThat(out.toString().strip()).isEqualTo("{\"return_visit_tries\":3}");
        assertThat(run("event", "visit-tries", "5", "--db", db)).isZero();
        assertThat(out.toString()).contains("{\"return_visit_tries\":5}");

        assertThat(run("--lang", "en", "event", "visit-tries", "11", "--db", db)).isEqualTo(1);
        assertThat(err.toString()).contains("gridcommand: The number of return-visit tries must be 1 to 10.");
        assertThat(run("event", "visit-tries", "0", "--db", db)).isEqualTo(1);
        assertThat(err.toString()).contains("gridcommand: 回访次数须在 1 到 10 之间。");
        assertThat(run("event", "show", "SJ-NONE", "--db", db)).isEqualTo(1);
        assertThat(err.toString()).contains("没有这个案件（SJ-NONE）");
    }

    private int run(String... args) {
        RootCommand root = new RootCommand(options -> 0, CliAccounts.withPassword(), "test");
        CommandLine cl = RootCommand.commandLine(root, CommandLine.defaultFactory());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        String[] signed = Arrays.copyOf(args, args.length + 2);
        signed[args.length] = "--user";
        signed[args.length + 1] = CliAccounts.ADMIN;
        return cl.execute(signed);
    }
}
