package org.gridcommand.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.gridcommand.demo.DemoCityService;
import org.gridcommand.demo.DemoProgress;
import org.gridcommand.domain.time.ConsoleClock;
import org.gridcommand.service.Backend;

/**
 * Measures what issue #11 asks of the first start: cold start to an interactive map ≤ 2.5× a bare JavaFX window
 * started the same way in the same run, demo generation ≤ 12 s on a 2-core machine, heap at the first frame
 * ≤ 256 MB. Each cold start is a new JVM (the console started with --exit-when-ready), so class loading, JIT
 * warm-up and opening the database are all counted. The ratio, not the milliseconds, is the target: it holds on a
 * faster or a busier machine alike.
 */
public final class StartupBench {
    private static final Pattern READY = Pattern.compile("READY startup_ms=(\\d+) heap_mb=(\\d+)");

    private final String mainClass;
    private final int runs;
    private final PrintStream out;

    public StartupBench(String mainClass, int runs, PrintStream out) {
        this.mainClass = mainClass;
        this.runs = Math.max(1, runs);
        this.out = out;
    }

    public int run() throws IOException, InterruptedException {
        if (System.getProperty("os.name", "").toLowerCase().contains("linux") && System.getenv("DISPLAY") == null) {
            System.err.println("gridcommand: bench startup opens real windows and needs a display. On a server run "
                    + "it under Xvfb: xvfb-run -a -s \"-screen 0 1920x1080x24\" java -jar target/gridcommand.jar "
                    + "bench startup");
            return 2;
        }
        try (BenchFolder folder = new BenchFolder("gridcommand-bench-")) {
            return measure(folder.path());
        }
    }

    private int measure(Path dir) throws IOException, InterruptedException {
        String db = dir.resolve("demo").toString();

        long generationMs;
        try (Backend backend = Backend.open(db, null, null, ConsoleClock.system())) {
            long t0 = System.nanoTime();
            DemoCityService.of(backend).create(DemoCityService.DEFAULT_SEED, DemoProgress.NONE);
            generationMs = (System.nanoTime() - t0) / 1_000_000;
        }
        out.printf("demo generation:            %,8d ms (target ≤ 12,000)%n", generationMs);

        long[] bare = new long[runs];
        long[] console = new long[runs];
        long[] heap = new long[runs];
        for (int i = 0; i < runs; i++) {
            long[] b = startChild(dir, "--bare-window", "--exit-when-ready");
            bare[i] = b[0];
            // the console opens signed in (GRIDCOMMAND_USER / GRIDCOMMAND_PASSWORD, else the demo city's duty officer)
            long[] c = startChild(dir, "--db", db, "--exit-when-ready", "--user",
                    System.getenv().getOrDefault("GRIDCOMMAND_USER", "duty"));
            console[i] = c[0];
            heap[i] = c[1];
            out.printf("run %d: console %,6d ms (heap %d MB), bare window %,6d ms%n", i + 1, c[0], c[1], b[0]);
        }
        long startupMs = median(console);
        long bareMs = median(bare);
        long heapMb = median(heap);
        double ratio = bareMs == 0 ? Double.NaN : Math.round(100.0 * startupMs / bareMs) / 100.0;
        out.printf("cold start to interactive map: %,6d ms (median of %d)%n", startupMs, runs);
        out.printf("bare JavaFX window baseline:    %,6d ms (cost of GridCommand on top: %,d ms)%n", bareMs,
                startupMs - bareMs);
        out.printf("console vs bare window:         %6.2f× (target ≤ 2.5×)%n", ratio);
        out.printf("heap after start:               %,6d MB (target ≤ 256)%n", heapMb);

        Map<String, Object> json = new LinkedHashMap<>();
        json.put("bench", "startup");
        json.put("startup_ms", startupMs);
        json.put("demo_generation_ms", generationMs);
        json.put("heap_mb", heapMb);
        json.put("baseline_bare_window_ms", bareMs);
        json.put("overhead_vs_bare_window_ms", startupMs - bareMs);
        json.put("startup_vs_bare_window", ratio);
        json.put("runs", runs);
        out.println(new ObjectMapper().writeValueAsString(json));
        return 0;
    }

    /** Starts a fresh console JVM and returns {startup ms, heap MB} as it reports them. */
    private long[] startChild(Path dir, String... args) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx1g", "-Dfile.encoding=UTF-8",
                "-cp", System.getProperty("java.class.path"), mainClass));
        cmd.addAll(Arrays.asList(args));
        Path log = Files.createTempFile(dir, "child-", ".log");
        ProcessBuilder child = new ProcessBuilder(cmd).redirectError(log.toFile());
        child.environment().putIfAbsent("GRIDCOMMAND_PASSWORD", "duty2026");
        Process p = child.start();
        long[] result = null;
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                Matcher m = READY.matcher(line);
                if (m.find()) {
                    result = new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))};
                }
            }
        }
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
        }
        if (result == null) {
            List<String> tail = Files.readAllLines(log, StandardCharsets.UTF_8);
            throw new IllegalStateException("the console did not report ready (exit " + p.exitValue() + "): "
                    + String.join("\n", tail.subList(Math.max(0, tail.size() - 15), tail.size())));
        }
        return result;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
