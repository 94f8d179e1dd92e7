package org.gridcommand.cli.stock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.gridcommand.cli.CliAccounts;
import org.gridcommand.cli.RootCommand;
import org.gridcommand.service.emergency.FloodScenario;
import org.gridcommand.store.Database;
import org.gridcommand.store.DatabaseLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The warehouse keeper's stock book from a script: receive, issue, ledger, and a stock take that is all or nothing. */
class StockCommandsTest {
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

    /** As the administrator's script runs {@code gridcommand stock … --user admin}, password in the environment. */
    private int run(String... args) {
        String[] all = new String[args.length + 1];
        all[0] = "stock";
        System.arraycopy(args, 0, all, 1, args.length);
        return execute(RootCommand.commandLine(new RootCommand(o -> 0, CliAccounts.withPassword(), "unused"),
                CommandLine.defaultFactory()), all);
    }

    /** As {@code gridcommand --lang en stock …} is run: the root's options apply. */
    private int runEnglish(String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "--lang";
        all[1] = "en";
        all[2] = "stock";
        System.arraycopy(args, 0, all, 3, args.length);
        return execute(RootCommand.commandLine(new RootCommand(o -> 0, CliAccounts.withPassword(), "unused"),
                CommandLine.defaultFactory()), all);
    }

    private int execute(CommandLine cl, String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        String[] signed = Arrays.copyOf(args, args.length + 2);
        signed[args.length] = "--user";
        signed[args.length + 1] = CliAccounts.ADMIN;
        return cl.execute(signed);
    }

    @Test
    void a_keeper_receives_issues_and_reads_the_ledger() {
        assertThat(run("receive", "W-NEAR", "sandbag", "400", "--reason", "区应急局调拨", "--db", db))
                .isZero();
        assertThat(out.toString()).contains("已入库 400 SANDBAG（仓库 W-NEAR）：现账面 3400");
        assertThat(run("issue", "W-NEAR", "SANDBAG", "100", "--reason", "社区领用", "--db", db)).isZero();
        assertThat(run("issue", "W-NEAR", "SANDBAG", "99999", "--reason", "社区领用", "--db", db)).isNotZero();
        assertThat(err.toString()).contains("未出库").contains("可出库只有 3300");

        assertThat(run("ledger", "W-NEAR", "--db", db)).isZero();
        assertThat(out.toString()).contains("SANDBAG").contains("出库").contains("3300").contains("社区领用")
                .contains("入库").contains("区应急局调拨").doesNotContain(" OUT ");
        assertThat(run("ledger", "W-NOPE", "--db", db)).isNotZero();
        assertThat(err.toString()).contains("没有编码为“W-NOPE”的仓库").contains("W-NEAR");
    }

    @Test
    void in_english_the_same_bookings_are_told_in_english() {
        assertThat(runEnglish("receive", "W-NEAR", "SANDBAG", "400", "--reason", "district transfer", "--db", db))
                .isZero();
        assertThat(out.toString()).contains("Received 400 SANDBAG at W-NEAR: now 3400 on the book")
                .doesNotContainPattern("\\p{IsHan}");
        assertThat(runEnglish("issue", "W-NEAR", "SANDBAG", "99999", "--reason", "x", "--db", db)).isNotZero();
        assertThat(err.toString()).contains("Not issued: W-NEAR has only 3400 SANDBAG free to issue");
        assertThat(runEnglish("issue", "W-NEAR", "ROPE", "1", "--reason", "x", "--db", db)).isNotZero();
        assertThat(err.toString()).contains("Warehouse W-NEAR holds no item with code \"ROPE\"");
        assertThat(runEnglish("ledger", "W-NEAR", "--db", db)).isZero();
        assertThat(out.toString()).contains("by / reason").contains(" in ").contains("district transfer");
    }

    @Test
    void a_stock_take_with_one_bad_line_books_nothing_and_says_which_line() throws Exception {
        Path sheet = dir.resolve("count.csv");
        Files.writeString(sheet, "\uFEFFwarehouse,item,counted\nW-NEAR,SANDBAG,2990\nW-NORTH,PUMP,ten\n",
                StandardCharsets.UTF_8);

        assertThat(run("take", sheet.toString(), "--db", db)).isNotZero();
        assertThat(out.toString()).contains("有问题：盘点数量“ten”不是整数").contains("未记账：1 行需先改正")
                .contains("\"booked\":false");
        assertThat(run("ledger", "W-NEAR", "--db", db)).isZero();
        assertThat(out.toString()).contains("3000").doesNotContain("盘亏");

        Files.writeString(sheet, "warehouse,item,counted\nW-NEAR,SANDBAG,2990\nW-NORTH,PUMP,10\n");
        assertThat(runEnglish("take", sheet.toString(), "--db", db)).isZero();
        assertThat(out.toString()).contains("booked: count −").contains("agrees").contains("Booked 1 corrections.")
                .contains("\"corrections\":1");
    }

    @Test
    void a_sheet_without_the_needed_columns_is_refused_in_the_keepers_language() throws Exception {
        Path sheet = dir.resolve("wrong.csv");
        Files.writeString(sheet, "仓库,物资,数目\nW-NEAR,SANDBAG,2990\n", StandardCharsets.UTF_8);

        assertThat(run("take", sheet.toString(), "--db", db)).isNotZero();
        assertThat(err.toString()).contains("无法读取").contains("表头缺少“item”列").contains("物资编码")
                .contains("未记账").doesNotContain("the header has no");

        assertThat(runEnglish("take", sheet.toString(), "--db", db)).isNotZero();
        assertThat(err.toString()).contains("the header has no \"item\" column").contains("Nothing was booked")
                .doesNotContain("表头缺少");

        assertThat(runEnglish("take", dir.resolve("missing.csv").toString(), "--db", db)).isNotZero();
        assertThat(err.toString()).contains("the file cannot be read");
    }
}
