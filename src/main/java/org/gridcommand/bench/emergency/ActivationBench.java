package org.gridcommand.bench.emergency;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.gridcommand.bench.emergency.ProposalBench;
import org.gridcommand.bench.emergency.SyntheticResources;
import org.gridcommand.domain.time.ConsoleClock;
import org.gridcommand.service.Backend;
import org.gridcommand.service.resources.ResourceSnapshot;
import org.gridcommand.service.resources.StockSnapshot;

/**
 * Measures what issue #5 promises: a level-I flood proposal in ≤ 50 ms with the demo city's resources (73
 * warehouses, 90 teams, 566 experts) and ≤ 200 ms with 100× as many, each compared in the same run with a plain
 * scan over all resources. The resources come from the database when it has some, else they are generated (the
 * same counts, deterministic). Ends with one JSON line.
 */
public final class ActivationBench {
    private static final double CITY_LON = 121.47;
    private static final double CITY_LAT = 31.23;

    private final String db;
    private final int runs;
    private final PrintStream out;

    /**
     * @param db   a database to read the demo city's resources from, or null to generate them
     * @param runs measured proposals per variant (the median is reported), after as many warm-up ones
     */
    public ActivationBench(String db, int runs, PrintStream out) {
        this.db = db;
        this.runs = Math.max(3, runs);
        this.out = out;
    }

    public int run() throws Exception {
        AtomicLong ids = new AtomicLong(1);
        ResourceSnapshot demo = null;
        Long readMs = null;
        if (db != null) {
            try (Backend backend = Backend.open(db, System.getenv("GRIDCOMMAND_DB_USER"),
                    System.getenv("GRIDCOMMAND_DB_PASSWORD"), ConsoleClock.system(), false)) {
                long warehouses = backend.database().transact(s -> s.createSelectionQuery(
                        "select count(*) from Warehouse", Long.class).getSingleResult());
                if (warehouses > 0) {
                    long t0 = System.nanoTime();
                    demo = backend.resources().refresh().snapshot();
                    readMs = (System.nanoTime() - t0) / 1_000_000;
                }
            }
        }
        String source = demo != null ? "database " + db : "generated (no resources in the database)";
        if (demo == null) {
            demo = SyntheticResources.generate(1, 5, CITY_LON, CITY_LAT, 12, ids::getAndIncrement);
        }
        double lon = demo.stock().stream().mapToDouble(StockSnapshot::lon).average().orElse(CITY_LON);
        double lat = demo.stock().stream().mapToDouble(StockSnapshot::lat).average().orElse(CITY_LAT);
        ResourceSnapshot hundred = SyntheticResources.generate(100, 7, lon, lat, 12, ids::getAndIncrement);

        ProposalBench bench = new ProposalBench(lon, lat);
        ProposalBench.Figures one = bench.measure(demo, runs, runs);
        ProposalBench.Figures many = bench.measure(hundred, runs, runs);

        out.printf("resources: %s — %d stock rows, %d teams, %d experts%s%n", source, demo.stock().size(),
                demo.teams().size(), demo.experts().size(), readMs == null ? "" : " (read in " + readMs + " ms)");
        report("demo scale", one, 50);
        out.printf("100×:  %d stock rows, %d teams, %d experts%n", hundred.stock().size(), hundred.teams().size(),
                hundred.experts().size());
        report("100× scale", many, 200);

        long[] board = boardMillis();
        if (board != null) {
            out.printf("key press to activation board drawn: %d ms median of %d warm presses (first %d ms, max %d ms; "
                    + "target ≤ 300), %d lines%n", board[1], 10, board[0], board[2], board[3]);
        }

        Map<String, Object> json = new LinkedHashMap<>();
        json.put("bench", "activation");
        json.put("proposal_ms", round(one.indexedMs()));
        json.put("proposal_ms_100x", round(many.indexedMs()));
        json.put("speedup_vs_scan", round(many.speedup()));
        json.put("speedup_vs_scan_demo", round(one.speedup()));
        json.put("scan_ms", round(one.scanMs()));
        json.put("scan_ms_100x", round(many.scanMs()));
        json.put("index_build_ms_100x", round(many.indexBuildMs()));
        if (board != null) {
            json.put("board_ms", board[1]);
            json.put("board_first_ms", board[0]);
        }
        json.put("lines", one.lines());
        json.put("runs", runs);
        out.println(new ObjectMapper().writeValueAsString(json));
        return one.indexedMs() <= 50 && many.indexedMs() <= 200 && (board == null || board[1] <= 300) ? 0 : 1;
    }

    /** The UI's half, named rather than imported (cli must not depend on ui). */
    static final String BOARD = "org.gridcommand.bench.emergency.BoardBench";

    /**
     * {first, median, max, lines} from a real window in a child JVM pressing F9 on the demo city, or null when there
     * is no database with a city or no display (then only the proposal is measured, and the output says so).
     */
    private long[] boardMillis() throws IOException, InterruptedException {
        boolean linux = System.getProperty("os.name", "").toLowerCase().contains("linux");
        if (db == null || linux && System.getenv("DISPLAY") == null) {
            out.println("board_ms: not measured (needs --db with the demo city and a display, e.g. xvfb-run -a …)");
            return null;
        }
        String javaBinary = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder board = new ProcessBuilder(javaBinary, "-Xmx1g", "-Dfile.encoding=UTF-8", "-cp",
                System.getProperty("java.class.path"), BOARD, db).redirectError(ProcessBuilder.Redirect.DISCARD);
        // F9 is the commander's: the window signs in as the demo city's commander (README, "Accounts and roles")
        board.environment().putIfAbsent("GRIDCOMMAND_PASSWORD", "commander2026");
        Process p = board.start();
        Pattern line = Pattern.compile(
                "BOARD first_ms=(\\d+) median_ms=(\\d+) max_ms=(\\d+) lines=(\\d+)");
        long[] result = null;
        try (var r = new BufferedReader(new InputStreamReader(p.getInputStream(),
                StandardCharsets.UTF_8))) {
            for (String l; (l = r.readLine()) != null; ) {
                var m = line.matcher(l);
                if (m.find()) {
                    result = new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2)),
                        Long.parseLong(m.group(3)), Long.parseLong(m.group(4))};
                }
            }
        }
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        if (result == null) {
            throw new IllegalStateException("the board measurement did not report (exit " + p.exitValue() + ")");
        }
        return result;
    }

    private void report(String label, ProposalBench.Figures f, int targetMs) {
        out.printf("%-11s proposal %8.3f ms (median of %d; target ≤ %d)   plain scan %8.3f ms   speed-up %.1f×   "
                        + "index built in %.1f ms; %d lines, %d shortfalls%n", label, f.indexedMs(), runs, targetMs,
                f.scanMs(), f.speedup(), f.indexBuildMs(), f.lines(), f.shortfalls());
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }
}
