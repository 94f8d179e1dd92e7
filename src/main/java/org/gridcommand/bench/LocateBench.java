package org.gridcommand.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.gridcommand.demo.DemoCityService;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.domain.time.ConsoleClock;
import org.gridcommand.geo.Wgs84;
import org.gridcommand.geo.index.AreaIndex;
import org.gridcommand.service.Backend;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Point;

/**
 * Measures what issue #3 promises: points located per second into the city's ~7,100 micro-grids on one core by the
 * in-memory {@link AreaIndex} (target ≥ 1,000,000/s), against a linear scan over every micro-grid and against the
 * database's own spatial query, in the same run, on the same random points inside the city's envelope. Checks that
 * all three give the same micro-grid on a sample. Ends with one JSON line.
 */
public final class LocateBench {
    private static final double TARGET_PER_S = 1_000_000;

    private final String db;
    private final int points;
    private final int samplePoints;
    private final PrintStream out;

    /**
     * @param db           the database to read the micro-grids from; null: generate the demo city into a temp file
     * @param points       points the index locates per measured pass
     * @param samplePoints points for the linear scan and SQL (they are thousands of times slower)
     */
    public LocateBench(String db, int points, int samplePoints, PrintStream out) {
        this.db = db;
        this.points = points;
        this.samplePoints = samplePoints;
        this.out = out;
    }

    public int run() throws Exception {
        Path temp = null;
        String spec = db;
        if (spec == null) {
            temp = Files.createTempDirectory("gridcommand-locate");
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
            return measure(backend, spec);
        } finally {
            if (temp != null) {
                deleteQuietly(temp);
            }
        }
    }

    private int measure(Backend backend, String spec) throws Exception {
        List<Area> micro = backend.city().areas().stream().filter(a -> a.getLevel() == AreaLevel.MICRO_GRID)
                .filter(a -> a.getBoundary() != null).sorted(Comparator.comparing(Area::getId)).toList();
        if (micro.isEmpty()) {
            out.println("no micro-grids in " + spec);
            return 1;
        }
        Envelope city = new Envelope();
        micro.forEach(a -> city.expandToInclude(a.getBoundary().getEnvelopeInternal()));
        double[][] xy = randomPoints(city, points, 20261124L);

        long t0 = System.nanoTime();
        AreaIndex index = new AreaIndex(micro);
        index.locateOrNull(city.centre().x, city.centre().y, AreaLevel.MICRO_GRID);
        double buildMs = (System.nanoTime() - t0) / 1e6;

        // warm up the JIT on the same code path, then take the median of 5 passes over all points
        for (int i = 0; i < 3; i++) {
            pass(index, xy);
        }
        double[] rates = new double[5];
        int hits = 0;
        for (int i = 0; i < rates.length; i++) {
            long start = System.nanoTime();
            hits = pass(index, xy);
            rates[i] = points / ((System.nanoTime() - start) / 1e9);
        }
        Arrays.sort(rates);
        double indexRate = rates[rates.length / 2];

        double treeRate = treeRate(index, xy, Math.min(points, 200_000));

        double[][] sample = randomPoints(city, samplePoints, 7L);
        long[] byIndex = new long[samplePoints];
        long[] byScan = new long[samplePoints];
        for (int i = 0; i < samplePoints; i++) {
            Area a = index.locateOrNull(sample[0][i], sample[1][i], AreaLevel.MICRO_GRID);
            byIndex[i] = a == null ? 0 : a.getId();
        }
        long start = System.nanoTime();
        for (int i = 0; i < samplePoints; i++) {
            byScan[i] = linearScan(micro, sample[0][i], sample[1][i]);
        }
        double scanRate = samplePoints / ((System.nanoTime() - start) / 1e9);
        backend.search().areaIdsAt(new double[] {sample[0][0]}, new double[] {sample[1][0]}, AreaLevel.MICRO_GRID);
        start = System.nanoTime();
        long[] bySql = backend.search().areaIdsAt(sample[0], sample[1], AreaLevel.MICRO_GRID);
        double sqlRate = samplePoints / ((System.nanoTime() - start) / 1e9);

        int disagree = 0;
        int sampleHits = 0;
        for (int i = 0; i < samplePoints; i++) {
            if (byIndex[i] != byScan[i] || byIndex[i] != bySql[i]) {
                disagree++;
            }
            sampleHits += byIndex[i] != 0 ? 1 : 0;
        }

        out.printf("micro-grids: %,d from %s; city envelope %.4f,%.4f – %.4f,%.4f%n", micro.size(), spec,
                city.getMinX(), city.getMinY(), city.getMaxX(), city.getMaxY());
        out.printf("AreaIndex (cell grid + indexed point-in-area): %,.0f locates/s (median of 5 passes of %,d points,"
                + " one core; %,d inside a micro-grid); built in %.0f ms; target ≥ %,.0f%n", indexRate, points, hits,
                buildMs, TARGET_PER_S);
        out.printf("STR-tree + PreparedGeometry (the previous AreaIndex): %,.0f locates/s%n", treeRate);
        out.printf("linear scan over all micro-grids:  %,.0f locates/s (%,d points)%n", scanRate, samplePoints);
        out.printf("database ST_Covers + spatial index: %,.0f locates/s (%,d points, %s)%n", sqlRate, samplePoints,
                backend.describeDatabase());
        out.printf("agreement on the %,d sample points (%,d inside a micro-grid): %s%n", samplePoints, sampleHits,
                disagree == 0 ? "all three agree" : disagree + " DISAGREE");

        Map<String, Object> json = new LinkedHashMap<>();
        json.put("bench", "locate");
        json.put("locates_per_s", Math.round(indexRate));
        json.put("speedup_vs_linear_scan", round(indexRate / scanRate));
        json.put("speedup_vs_sql", round(indexRate / sqlRate));
        json.put("speedup_vs_strtree_prepared", round(indexRate / treeRate));
        json.put("linear_scan_locates_per_s", round(scanRate));
        json.put("sql_locates_per_s", round(sqlRate));
        json.put("strtree_prepared_locates_per_s", Math.round(treeRate));
        json.put("index_build_ms", round(buildMs));
        json.put("micro_grids", micro.size());
        json.put("points", points);
        json.put("sample_points", samplePoints);
        json.put("sample_disagreements", disagree);
        out.println(new ObjectMapper().writeValueAsString(json));
        return indexRate >= TARGET_PER_S && disagree == 0 ? 0 : 1;
    }

    private static int pass(AreaIndex index, double[][] xy) {
        int hits = 0;
        double[] x = xy[0];
        double[] y = xy[1];
        for (int i = 0; i < x.length; i++) {
            if (index.locateOrNull(x[i], y[i], AreaLevel.MICRO_GRID) != null) {
                hits++;
            }
        }
        return hits;
    }

    private static double treeRate(AreaIndex index, double[][] xy, int n) {
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < n; i++) {
                index.locateWithTree(xy[0][i], xy[1][i], AreaLevel.MICRO_GRID);
            }
        }
        long start = System.nanoTime();
        for (int i = 0; i < n; i++) {
            index.locateWithTree(xy[0][i], xy[1][i], AreaLevel.MICRO_GRID);
        }
        return n / ((System.nanoTime() - start) / 1e9);
    }

    /**
     * What code without an index does: test every micro-grid (its bounding box first, then the shape), keep the
     * first — lowest id — that covers the point.
     */
    private static long linearScan(List<Area> micro, double lon, double lat) {
        Point p = Wgs84.point(lon, lat);
        for (Area a : micro) {
            if (a.getBoundary().getEnvelopeInternal().covers(lon, lat) && a.getBoundary().covers(p)) {
                return a.getId();
            }
        }
        return 0;
    }

    private static double[][] randomPoints(Envelope env, int n, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[][] xy = new double[2][n];
        for (int i = 0; i < n; i++) {
            xy[0][i] = env.getMinX() + random.nextDouble() * env.getWidth();
            xy[1][i] = env.getMinY() + random.nextDouble() * env.getHeight();
        }
        return xy;
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    private static void deleteQuietly(Path dir) {
        try (var walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (Exception ignored) {
            // a temp folder left behind is harmless
        }
    }
}
