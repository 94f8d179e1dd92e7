package org.gridcommand.cli.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;
import org.gridcommand.cli.CliAccounts;
import org.gridcommand.cli.RootCommand;
import org.gridcommand.store.Database;
import org.gridcommand.store.DatabaseLocation;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * An administrator imports a hotline export that has bad rows, a broken file and a wrong mapping, once with a
 * Chinese command line and once with {@code --lang en}: every reason is said in that language alone, with the row
 * numbers of the file.
 */
class TicketImportLanguageTest {
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
    private static final String MAPPING = "encoding: UTF-8\nchannel: HOTLINE\ncolumns:\n  external_id: id\n"
            + "  created_at: time\n  title: title\ndate_patterns: [\"yyyy-MM-dd HH:mm\"]\n";

    @TempDir
    Path dir;

    private Path mapping;
    private String day;

    private record Run(int exit, String out, String err) {
    }

    @BeforeEach
    void files() throws Exception {
        mapping = dir.resolve("mapping.yaml");
        Files.writeString(mapping, MAPPING, StandardCharsets.UTF_8);
        day = LocalDate.now().minusDays(1).toString();
        // the city with the accounts the administrator signs in with (imports change data: issue 12)
        try (Database d = Database.open(DatabaseLocation.parse(dir.resolve("city").toString(), null, null))) {
            CliAccounts.create(d);
        }
    }

    private Run run(String... args) {
        PrintStream out = System.out;
        PrintStream err = System.err;
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        System.setOut(new PrintStream(o, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(e, true, StandardCharsets.UTF_8));
        try {
            RootCommand root = new RootCommand(x -> 0, CliAccounts.withPassword(), "unused");
            String[] signed = Arrays.copyOf(args, args.length + 2);
            signed[args.length] = "--user";
            signed[args.length + 1] = CliAccounts.ADMIN;
            int exit = RootCommand.commandLine(root, CommandLine.defaultFactory()).execute(signed);
            return new Run(exit, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(out);
            System.setErr(err);
        }
    }

    private Path rowsWithMistakes() throws Exception {
        Path file = dir.resolve("tickets.csv");
        Files.writeString(file, "id,time,title\n"
                + "T1," + day + " 09:05,Blocked drain\n"
                + "T2,yesterday afternoon,Broken lamp\n"
                + "," + day + " 09:07,No number\n"
                + "T4,1999-12-31 23:00,Old clock\n"
                + "T5," + day + " 09:09,\n"
                + "T6," + day + " 09:10," + "x".repeat(201) + "\n", StandardCharsets.UTF_8);
        return file;
    }

    private Path brokenFile() throws Exception {
        Path file = dir.resolve("broken.csv");
        Files.writeString(file, "id,time,title\nB1," + day + " 10:00,fine\nB2," + day + " 10:01,fine too\n"
                + "B3," + day + " 10:02,\"a quote that never closes\n", StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void a_chinese_command_line_gives_each_rejected_row_its_number_and_reason_in_chinese() throws Exception {
        Run r = run("import", "tickets", rowsWithMistakes().toString(), "--mapping", mapping.toString(),
                "--db", dir.resolve("city").toString());

        assertThat(r.exit()).isEqualTo(ImportTicketsCommand.SOME_REJECTED);
        assertThat(r.out()).contains("导入 1 条")
                .contains("被拒 第 2 条  T2  无法识别的时间“yesterday afternoon”")
                .contains("被拒 第 3 条  -  缺少工单编号（列“id”为空）")
                .contains("被拒 第 4 条  T4  受理时间“1999-12-31 23:00”早于 2000 年")
                .contains("被拒 第 5 条  T5  没有标题也没有描述")
                .contains("被拒 第 6 条  T6  标题有 201 个字，最多 200 个");
        assertThat(lines(r.out(), "被拒")).allSatisfy(l -> assertThat(l).doesNotContain("rejected", "unreadable",
                "ticket number", "title", " / "));
    }

    @Test
    void an_english_command_line_says_the_same_rows_in_english_only() throws Exception {
        Run r = run("--lang", "en", "import", "tickets", rowsWithMistakes().toString(), "--mapping",
                mapping.toString(), "--db", dir.resolve("city").toString());

        assertThat(r.exit()).isEqualTo(ImportTicketsCommand.SOME_REJECTED);
        assertThat(r.out()).contains("1 imported")
                .contains("rejected row 2  T2  unreadable date 'yesterday afternoon'")
                .contains("rejected row 3  -  no ticket number (column 'id' is blank)")
                .contains("rejected row 4  T4  created time '1999-12-31 23:00' is before 2000")
                .contains("rejected row 5  T5  neither title nor description")
                .contains("rejected row 6  T6  the title has 201 characters; at most 200 fit");
        assertThat(lines(r.out(), "rejected row")).hasSize(5)
                .allSatisfy(l -> assertThat(CHINESE.matcher(l).find()).as(l).isFalse());
    }

    @Test
    void a_broken_ticket_file_imports_nothing_and_names_the_row_in_either_language() throws Exception {
        String db = dir.resolve("city").toString();
        Run zh = run("import", "tickets", brokenFile().toString(), "--mapping", mapping.toString(), "--db", db);
        Run en = run("--lang", "en", "import", "tickets", brokenFile().toString(), "--mapping", mapping.toString(),
                "--db", db);

        assertThat(zh.exit()).isEqualTo(1);
        assertThat(zh.err()).contains("CSV 格式错误（第 3 条附近").contains("未导入任何工单").doesNotContain("Broken CSV");
        assertThat(en.exit()).isEqualTo(1);
        assertThat(en.err()).contains("Broken CSV near row 3").contains("Nothing was imported");
        assertThat(CHINESE.matcher(en.err()).find()).as(en.err()).isFalse();
    }

    @Test
    void a_mapping_without_its_time_column_is_refused_in_either_language() throws Exception {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, "columns:\n  external_id: id\n  title: title\n", StandardCharsets.UTF_8);
        Path broken = dir.resolve("broken.yaml");
        Files.writeString(broken, "columns: [unclosed\n", StandardCharsets.UTF_8);
        String db = dir.resolve("unopened").toString();

        Run zh = run("import", "tickets", rowsWithMistakes().toString(), "--mapping", bad.toString(), "--db", db);
        Run en = run("--lang", "en", "import", "tickets", rowsWithMistakes().toString(), "--mapping", bad.toString(),
                "--db", db);
        Run enBroken = run("--lang", "en", "import", "tickets", rowsWithMistakes().toString(), "--mapping",
                broken.toString(), "--db", db);
        Run zhBroken = run("import", "tickets", rowsWithMistakes().toString(), "--mapping", broken.toString(),
                "--db", db);

        assertThat(zh.exit()).isEqualTo(1);
        assertThat(zh.err()).contains("映射文件须指明 external_id 和 created_at 列").doesNotContain("The mapping");
        assertThat(en.exit()).isEqualTo(1);
        assertThat(en.err()).contains("The mapping must name the external_id and created_at columns");
        assertThat(CHINESE.matcher(en.err()).find()).as(en.err()).isFalse();
        assertThat(enBroken.err()).contains("The mapping " + broken + " is not valid YAML");
        assertThat(zhBroken.err()).contains("映射文件 " + broken + " 不是有效的 YAML");
        assertThat(Files.exists(dir.resolve("unopened.mv.db"))).as("nothing was opened, nothing created").isFalse();
    }

    private static List<String> lines(String text, String marker) {
        return text.lines().filter(l -> l.contains(marker)).toList();
    }
}
