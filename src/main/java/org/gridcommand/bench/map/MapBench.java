package org.gridcommand.bench.map;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.gridcommand.bench.BenchFolder;
import org.gridcommand.demo.DemoCityService;
import org.gridcommand.demo.DemoProgress;
import org.gridcommand.domain.time.ConsoleClock;
import org.gridcommand.service.Backend;

/**
 * {@code gridcommand bench map}: the map wall's frame times over a scripted pan/zoom path with the whole city
 * loaded, against one scene-graph node per feature in the same run. The window is opened by the UI's bench
 * ({@link #RENDERER}) in a child JVM: the command line does not depend on the UI, and a fresh JVM gives an honest
 * heap figure. Generates the demo city into a temporary database when no {@code --db} is given.
 */
public final class MapBench {
    /** The UI's half, named rather than imported (cli must not depend on ui). */
    static final String RENDERER = "org.gridcommand.bench.map.MapRenderBench";

    private final String db;
    private final int frames;
    private final int events;
    private final PrintStream out;

    public MapBench(String db, int frames, int events, PrintStream out) {
        this.db = db;
        this.frames = frames;
        this.events = events;
        this.out = out;
    }

    public int run() throws IOException, InterruptedException {
        if (System.getProperty("os.name", "").toLowerCase().contains("linux") && System.getenv("DISPLAY") == null) {
            System.err.println("gridcommand: bench map opens a real window and needs a display. On a server run it"
                    + " under Xvfb: xvfb-run -a -s \"-screen 0 1920x1080x24\" java -jar target/gridcommand.jar"
                    + " bench map");
            return 2;
        }
        if (db != null) {
            return measure(db);
        }
        try (BenchFolder folder = new BenchFolder("gridcommand-bench-map-")) {
            String database = folder.resolve("demo").toString();
            try (Backend backend = Backend.open(database, null, null, ConsoleClock.system())) {
                long t0 = System.nanoTime();
                DemoCityService.of(backend).create(DemoCityService.DEFAULT_SEED, DemoProgress.NONE);
                out.printf("demo city generated into %s in %,d ms%n", database, (System.nanoTime() - t0) / 1_000_000);
            }
            return measure(database);
        }
    }

    private int measure(String database) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> cmd = List.of(java, "-Xmx1g", "-Dfile.encoding=UTF-8", "-Djavafx.animation.fullspeed=true",
                "-cp", System.getProperty("java.class.path"), RENDERER, database, Integer.toString(frames),
                Integer.toString(events));
        Process p = new ProcessBuilder(cmd).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                out.println(line);
            }
        }
        return p.waitFor();
    }
}
