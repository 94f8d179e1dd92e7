package org.gridcommand.cli.stock;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        }
    }

    private int run(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        CommandLine cl = new CommandLine(new StockCommand());
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    @Test
    void a_keeper_receives_issues_and_reads_the_ledger() {
        assertThat(run("receive", "W-NEAR", "sandbag", "400", "--reason", "区应急局调拨", "--db", db, "--actor", "刘"))
                .isZero();
        assertThat(out.toString()).contains("received 400 SANDBAG at W-NEAR: now 3400 on the book");
        assertThat(run("issue", "W-NEAR", "SANDBAG", "100", "--reason", "社区领用", "--db", db)).isZero();
        assertThat(run("issue", "W-NEAR", "SANDBAG", "99999", "--reason", "社区领用", "--db", db)).isNotZero();
        assertThat(err.toString()).contains("not issued").contains("3300");

        assertThat(run("ledger", "W-NEAR", "--db", db)).isZero();
        assertThat(out.toString()).contains("SANDBAG").contains("OUT").contains("3300").contains("社区领用")
                .contains("IN").contains("区应急局调拨");
        assertThat(run("ledger", "W-NOPE", "--db", db)).isNotZero();
        assertThat(err.toString()).contains("no warehouse with code 'W-NOPE'");
    }

    @Test
    void a_stock_take_with_one_bad_line_books_nothing_and_says_which_line() throws Exception {
        Path sheet = dir.resolve("count.csv");
        Files.writeString(sheet, "\uFEFFwarehouse,item,counted\nW-NEAR,SANDBAG,2990\nW-NORTH,PUMP,ten\n",
                StandardCharsets.UTF_8);

        assertThat(run("take", sheet.toString(), "--db", db)).isNotZero();
        assertThat(out.toString()).contains("PROBLEM: counted 'ten' is not a whole number")
                .contains("NOTHING BOOKED").contains("\"booked\":false");
        assertThat(run("ledger", "W-NEAR", "--db", db)).isZero();
        assertThat(out.toString()).contains("3000").doesNotContain("COUNT_DOWN");

        Files.writeString(sheet, "warehouse,item,counted\nW-NEAR,SANDBAG,2990\nW-NORTH,PUMP,10\n");
        assertThat(run("take", sheet.toString(), "--db", db)).isZero();
        assertThat(out.toString()).contains("booked COUNT_DOWN").contains("agrees").contains("\"corrections\":1");
    }
}
