package org.gridcommand.bench.kpi;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.gridcommand.demo.DemoCityService;
import org.gridcommand.domain.kpi.Dimension;
import org.gridcommand.domain.kpi.Indicator;
import org.gridcommand.domain.kpi.Period;
import org.gridcommand.domain.kpi.PeriodKind;
import org.gridcommand.domain.time.ConsoleClock;
import org.gridcommand.service.Backend;
import org.gridcommand.service.kpi.IndicatorRow;
import org.gridcommand.service.kpi.IndicatorTable;
import org.gridcommand.service.kpi.KpiService;
import org.gridcommand.service.kpi.PeriodFigures;
import org.gridcommand.service.report.ReportContent;
import org.gridcommand.service.report.ReportFormat;
import org.gridcommand.service.report.ReportKind;

/**
 * Times every indicator of the last complete month by unit and by grid, computed by the engine (the database reads
 * only that month's events and folds their history), against the baseline of reading every event and every history
 * line into Java one by one and folding them there, in the same run; checks that both give the same figures; then
 * times the monthly PDF report. Targets: 300 ms for the month's indicators, 5 s for the PDF.
 */
final class KpiBench {
    static final long TARGET_MONTH_MS = 300;
    static final long TARGET_PDF_MS = 5_000;

    private final String db;
    private final int runs;
    private final int scanRuns;
    private final int warmUps;
    private final PrintStream out;

    KpiBench(String db, int runs, int scanRuns, int warmUps, PrintStream out) {
        this.db = db;
        this.runs = Math.max(1, runs);
        this.scanRuns = Math.max(1, scanRuns);
        this.warmUps = Math.max(0, warmUps);
        this.out = out;
    }

    int run() throws IOException {
        Path temp = null;
        String spec = db;
        if (spec == null) {
            temp = Files.createTempDirectory("gridcommand-kpi");
            spec = temp.resolve("city").toString();
        }
        try (Backend backend = Backend.open(spec, System.getenv("GRIDCOMMAND_DB_USER"),
                System.getenv("GRIDCOMMAND_DB_PASSWORD"), ConsoleClock.system())) {
            if (!DemoCityService.of(backend).hasCity()) {
                out.println("generating the demo city into " + spec + " …");
                long t0 = System.nanoTime();
                DemoCityService.of(backend).create(DemoCityService.DEFAULT_SEED, (step, fraction) -> { });
                out.printf("generated in %.1f s%n", (System.nanoTime() - t0) / 1e9);
            }
            return measure(backend);
        } finally {
            if (temp != null) {
                delete(temp);
            }
        }
    }

    private int measure(Backend backend) throws IOException {
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        KpiService kpi = backend.kpi();
        LocalDate lastMonth = kpi.today().minusMonths(1);
        Period month = kpi.period(PeriodKind.MONTH, lastMonth);
        Locale locale = Locale.SIMPLIFIED_CHINESE;
        long events = backend.city().tableCounts().getOrDefault("event", 0L);
        long lines = backend.city().tableCounts().getOrDefault("event_transition", 0L);
        out.printf("database: %,d events, %,d history lines; month %s – %s%n", events, lines, month.first(),
                month.last());

        List<Long> engineMs = new ArrayList<>();
        List<Long> readMs = new ArrayList<>();
        List<Long> cpuMs = new ArrayList<>();
        List<IndicatorTable> engine = null;
        int facts = 0;
        for (int i = 0; i < runs + warmUps; i++) {
            long cpu0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            PeriodFigures figures = kpi.figures(month, locale);
            long read = System.nanoTime();
            engine = byUnitAndGrid(figures);
            facts = figures.eventCount();
            if (i >= warmUps) {
                engineMs.add((System.nanoTime() - t0) / 1_000_000);
                readMs.add((read - t0) / 1_000_000);
                cpuMs.add((cpu.getCurrentThreadCpuTime() - cpu0) / 1_000_000);
            }
        }
        long monthMs = median(engineMs);
        out.printf("engine: every indicator by unit and by grid (%,d events of the month): median %d ms of %d runs"
                + " (after %d warm-ups) %s; of which the database read %d ms; CPU time of this thread %d ms"
                + " (what the machine's load does not stretch)%n", facts, monthMs, runs, warmUps, engineMs,
                median(readMs), median(cpuMs));

        List<Long> scanMs = new ArrayList<>();
        List<IndicatorTable> plain = null;
        for (int i = 0; i < scanRuns; i++) {
            long t0 = System.nanoTime();
            plain = byUnitAndGrid(kpi.figuresReadLineByLine(month, locale));
            scanMs.add((System.nanoTime() - t0) / 1_000_000);
        }
        long rowScanMs = median(scanMs);
        double speedup = (double) rowScanMs / Math.max(1, monthMs);
        out.printf("baseline: every event and history line read one by one: median %d ms of %d runs %s%n",
                rowScanMs, scanRuns, scanMs);
        int differences = differences(engine, plain);
        out.printf("agreement: %s (%d figures differ)%n", differences == 0 ? "every figure the same" : "DIFFERENT",
                differences);

        List<Long> pdfMs = new ArrayList<>();
        List<Long> pdfCpuMs = new ArrayList<>();
        long pdfBytes = 0;
        for (int i = 0; i < 3; i++) {
            long cpu0 = cpu.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            CountingStream sink = new CountingStream();
            ReportContent content = backend.reports().content(ReportKind.MONTHLY, lastMonth, locale);
            backend.reports().write(content, ReportFormat.PDF, sink);
            pdfMs.add((System.nanoTime() - t0) / 1_000_000);
            pdfCpuMs.add((cpu.getCurrentThreadCpuTime() - cpu0) / 1_000_000);
            pdfBytes = sink.count;
        }
        long monthlyPdfMs = median(pdfMs);
        out.printf("monthly PDF report (%,d bytes): median %d ms of 3 %s; CPU time %d ms%n", pdfBytes, monthlyPdfMs,
                pdfMs, median(pdfCpuMs));

        boolean ok = differences == 0 && monthMs <= TARGET_MONTH_MS && monthlyPdfMs <= TARGET_PDF_MS;
        out.printf("targets: month ≤ %d ms %s, PDF ≤ %d ms %s; speedup vs row scan %.1f×%n", TARGET_MONTH_MS,
                monthMs <= TARGET_MONTH_MS ? "met" : "MISSED", TARGET_PDF_MS,
                monthlyPdfMs <= TARGET_PDF_MS ? "met" : "MISSED", speedup);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("bench", "kpi");
        json.put("database", backend.isShared() ? "postgresql" : "h2");
        json.put("events", events);
        json.put("history_lines", lines);
        json.put("kpi_month_ms", monthMs);
        json.put("kpi_month_cpu_ms", median(cpuMs));
        json.put("warm_ups", warmUps);
        json.put("row_scan_ms", rowScanMs);
        json.put("speedup_vs_row_scan", Math.round(speedup * 10) / 10.0);
        json.put("figures_agree", differences == 0);
        json.put("monthly_pdf_ms", monthlyPdfMs);
        json.put("monthly_pdf_cpu_ms", median(pdfCpuMs));
        json.put("load_average", Math.round(ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()
                * 10) / 10.0);
        out.println(toJson(json));
        return ok ? 0 : 1;
    }

    private static List<IndicatorTable> byUnitAndGrid(PeriodFigures figures) {
        return List.of(figures.by(Dimension.UNIT), figures.by(Dimension.GRID));
    }

    private static int differences(List<IndicatorTable> a, List<IndicatorTable> b) {
        int n = 0;
        for (int t = 0; t < a.size(); t++) {
            for (IndicatorRow row : b.get(t).rows()) {
                IndicatorRow mine = a.get(t).row(row.key()).orElse(null);
                for (Indicator i : Indicator.values()) {
                    Double x = mine == null ? (i.kind() == Indicator.Kind.COUNT ? 0.0 : null) : mine.value(i);
                    Double y = row.value(i);
                    if (!(Objects.equals(x, y) || (x != null && y != null && Math.abs(x - y) < 1e-9))) {
                        n++;
                    }
                }
            }
        }
        return n;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }

    private static String toJson(Map<String, Object> map) {
        StringBuilder b = new StringBuilder("{");
        map.forEach((k, v) -> b.append(b.length() == 1 ? "" : ",").append('"').append(k).append("\":")
                .append(v instanceof String s ? "\"" + s + "\"" : v));
        return b.append('}').toString();
    }

    private static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("note: could not remove " + dir + " (" + e.getMessage() + ")");
        }
    }

    /** Counts the PDF's bytes without keeping them. */
    private static final class CountingStream extends OutputStream {
        long count;

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }
}
