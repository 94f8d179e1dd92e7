package org.gridcommand.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.gridcommand.domain.kpi.Indicator;
import org.gridcommand.domain.kpi.PeriodKind;
import org.gridcommand.domain.time.WorkingCalendar;
import org.gridcommand.service.kpi.KpiService;
import org.gridcommand.service.kpi.MonthlyBulletinTest;
import org.gridcommand.store.Database;
import org.gridcommand.store.DatabaseLocation;
import org.gridcommand.store.kpi.EventFactsStore;
import org.gridcommand.store.kpi.HistoryRowScan;
import org.gridcommand.store.kpi.KpiNamesStore;
import org.gridcommand.store.kpi.KpiWeightsStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The director's monthly bulletin from a script: a workbook of real numbers, and a clear word for a wrong report. */
class ReportCommandTest {
    private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        PrintStream savedOut = System.out;
        PrintStream savedErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            RootCommand root = new RootCommand(o -> 0, Map.of(), "unused");
            int exit = RootCommand.commandLine(root, CommandLine.defaultFactory()).execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(savedOut);
            System.setErr(savedErr);
        }
    }

    @Test
    void the_monthly_bulletin_as_a_workbook_holds_the_engines_figures_as_numbers() throws Exception {
        Path city = dir.resolve("city");
        double due;
        try (Database db = Database.open(DatabaseLocation.parse(city.toString(), null, null))) {
            MonthlyBulletinTest.november().writeTo(db);
            // what the command will compute, on the same clock (the machine's)
            KpiService kpi = new KpiService(new EventFactsStore(db), new HistoryRowScan(db), new KpiNamesStore(db),
                    new KpiWeightsStore(db), WorkingCalendar::standard, Clock.system(SHANGHAI));
            due = kpi.figures(kpi.period(PeriodKind.MONTH, LocalDate.of(2026, 11, 15)), Locale.ENGLISH).total()
                    .value(Indicator.DUE);
        }
        Path xlsx = dir.resolve("bulletin.xlsx");

        Run r = run("report", "monthly", "--date", "2026-11-15", "--db", city.toString(), "--out", xlsx.toString(),
                "--lang", "en");

        assertThat(r.exit()).as(r.err()).isZero();
        assertThat(r.out()).startsWith("Written " + xlsx);
        try (InputStream in = Files.newInputStream(xlsx); XSSFWorkbook book = new XSSFWorkbook(in)) {
            assertThat(book.getSheetAt(0).getSheetName()).isEqualTo("Overview");
            Sheet overview = book.getSheet("Overview");
            Row dueRow = null;
            for (Row row : overview) {
                if ("Due for closure".equals(row.getCell(0).getStringCellValue())) {
                    dueRow = row;
                }
            }
            assertThat(dueRow).isNotNull();
            assertThat(dueRow.getCell(1).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(dueRow.getCell(1).getNumericCellValue()).isEqualTo(due);
            assertThat(book.getSheet("Units")).isNotNull();
        }
    }

    @Test
    void an_unknown_report_is_refused_with_the_choices_and_writes_nothing() {
        Path out = dir.resolve("x.pdf");
        Run r = run("report", "yearly", "--db", dir.resolve("none").toString(), "--out", out.toString(),
                "--lang", "en");

        assertThat(r.exit()).isNotZero();
        assertThat(r.err()).contains("Unknown \"yearly\"").contains("daily, weekly, monthly");
        assertThat(out).doesNotExist();
    }
}
