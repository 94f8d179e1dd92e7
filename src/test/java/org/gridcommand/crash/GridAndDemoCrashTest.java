package org.gridcommand.crash;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.gridcommand.cli.CliAccounts;
import org.gridcommand.store.DatabaseUnavailableException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The administrator's two other bulk loads, killed the same way: a boundary import (a re-run completes it with
 * each grid once) and the demo generator (a re-run creates the city, or refuses because it is already whole).
 */
class GridAndDemoCrashTest {
    static final int CI_GRIDS = 2_500;
    static final int CI_KILLS = 3;

    @TempDir
    Path dir;

    @Test
    void a_grid_import_killed_at_random_moments_lands_whole_or_not_at_all() throws Exception {
        int grids = Integer.getInteger("gridcommand.crash.grids", CI_GRIDS);
        Random random = CrashTrials.random();
        Path base = dir.resolve("base");
        CrashTrials.createEmpty(base.resolve("city"), dir.resolve("create.log"));
        CrashTrials.addAccounts(base.resolve("city"));
        Path geojson = writeGrids(dir.resolve("grids.geojson"), grids);
        String[] command = {"import", "grids", geojson.toString(), "--level", "GRID", "--code-field", "code",
            "--name-field", "name", "--user", CliAccounts.ADMIN};
        String areas = "SELECT COUNT(*) FROM area";

        Path reference = dir.resolve("reference");
        CrashTrials.copyDatabase(base, reference);
        Duration busy = timeOneRun(reference.resolve("city"), command);
        assertThat(CrashTrials.count(reference.resolve("city"), areas)).isEqualTo(grids);

        Path work = dir.resolve("work");
        CrashTrials.copyDatabase(base, work);
        Path db = work.resolve("city");
        List<CrashTrials.Trial> trials = CrashTrials.newList();
        for (int i = 1; i <= CrashTrials.kills(CI_KILLS); i++) {
            ChildGridCommand child = ChildGridCommand.start(dir.resolve("grid-kill-" + i + ".log"),
                    CliAccounts.withPassword(),
                    withDb(command, db));
            long after = CrashTrials.killAtRandom(child, busy, random);
            boolean removed = CrashTrials.maybeRemoveLock(db, i % 2 == 1);
            CrashTrials.Trial t = look(i, after, removed, db, areas, grids);
            trials.add(t);
            if (t.outcome() == CrashTrials.Outcome.WHOLE || t.outcome() == CrashTrials.Outcome.DAMAGED) {
                CrashTrials.startOver(db, base, work, i);
            }
        }
        System.out.print(CrashTrials.summary("import grids (" + grids + " boundaries)", trials));
        assertThat(trials).extracting(CrashTrials.Trial::outcome)
                .doesNotContain(CrashTrials.Outcome.DAMAGED, CrashTrials.Outcome.PARTIAL);
        int status = ChildGridCommand.run(dir.resolve("grid-rerun.log"), Duration.ofMinutes(10),
                CliAccounts.withPassword(),
                withDb(command, db));
        assertThat(status).isIn(0, 3);
        assertThat(CrashTrials.count(db, areas)).isEqualTo(grids);
        assertThat(CrashTrials.count(db, "SELECT COUNT(DISTINCT code) FROM area")).isEqualTo(grids);
    }

    @Test
    void the_demo_generator_killed_at_random_moments_leaves_no_half_city() throws Exception {
        Random random = CrashTrials.random();
        String[] command = {"demo", "--scale", "small"};
        String areas = "SELECT COUNT(*) FROM area";
        Path reference = dir.resolve("demo-reference").resolve("city");
        Duration busy = timeOneRun(reference, command);
        long wholeAreas = CrashTrials.count(reference, areas);
        long wholeEvents = CrashTrials.count(reference, "SELECT COUNT(*) FROM event");
        assertThat(wholeAreas).isPositive();

        List<CrashTrials.Trial> trials = CrashTrials.newList();
        for (int i = 1; i <= CrashTrials.kills(CI_KILLS); i++) {
            Path db = dir.resolve("demo-" + i).resolve("city");
            ChildGridCommand child = ChildGridCommand.start(dir.resolve("demo-kill-" + i + ".log"), Map.of(),
                    withDb(command, db));
            long after = CrashTrials.killAtRandom(child, busy, random);
            boolean removed = CrashTrials.maybeRemoveLock(db, i % 2 == 0);
            CrashTrials.Trial t = look(i, after, removed, db, areas, wholeAreas);
            if (t.outcome() == CrashTrials.Outcome.WHOLE
                    && CrashTrials.count(db, "SELECT COUNT(*) FROM event") != wholeEvents) {
                t = new CrashTrials.Trial(i, after, removed, CrashTrials.Outcome.PARTIAL, "areas whole, events not");
            }
            trials.add(t);
            if (t.outcome() == CrashTrials.Outcome.NOTHING) {
                // the officer runs it again: it must create the whole city
                assertThat(ChildGridCommand.run(dir.resolve("demo-rerun-" + i + ".log"), Duration.ofMinutes(10),
                        Map.of(), withDb(command, db))).isZero();
                assertThat(CrashTrials.count(db, areas)).isEqualTo(wholeAreas);
                assertThat(CrashTrials.count(db, "SELECT COUNT(*) FROM event")).isEqualTo(wholeEvents);
            }
        }
        System.out.print(CrashTrials.summary("demo (small scale)", trials));
        assertThat(trials).extracting(CrashTrials.Trial::outcome)
                .doesNotContain(CrashTrials.Outcome.DAMAGED, CrashTrials.Outcome.PARTIAL);
    }

    private Duration timeOneRun(Path db, String... command) throws Exception {
        ChildGridCommand child = ChildGridCommand.start(dir.resolve("reference-" + command[0] + ".log"),
                CliAccounts.withPassword(),
                withDb(command, db));
        assertThat(child.awaitOutput("Opened H2", Duration.ofMinutes(2))).as(child.output()).isTrue();
        long opened = System.nanoTime();
        assertThat(child.waitFor(Duration.ofMinutes(10))).as(child.output()).isIn(0, 3);
        return Duration.ofNanos(System.nanoTime() - opened);
    }

    private static String[] withDb(String[] command, Path db) {
        String[] all = Arrays.copyOf(command, command.length + 3);
        all[command.length] = "--db";
        all[command.length + 1] = db.toString();
        all[command.length + 2] = "--create";
        return all;
    }

    private static CrashTrials.Trial look(int i, long after, boolean removed, Path db, String countSql, long whole) {
        if (!Files.exists(Path.of(db + ".mv.db"))) {
            return new CrashTrials.Trial(i, after, removed, CrashTrials.Outcome.NOTHING, "(no file yet)");
        }
        try {
            long n = CrashTrials.count(db, countSql);
            CrashTrials.Outcome o = n == 0 ? CrashTrials.Outcome.NOTHING : n == whole ? CrashTrials.Outcome.WHOLE
                    : CrashTrials.Outcome.PARTIAL;
            return new CrashTrials.Trial(i, after, removed, o, o == CrashTrials.Outcome.PARTIAL ? n + " rows" : null);
        } catch (DatabaseUnavailableException e) {
            return new CrashTrials.Trial(i, after, removed, CrashTrials.Outcome.DAMAGED, e.getMessage());
        }
    }

    /** Square grids of about 150 m with 60-point edges (real boundaries are detailed), as GeoJSON in WGS84. */
    static Path writeGrids(Path file, int n) throws Exception {
        int side = (int) Math.ceil(Math.sqrt(n));
        double step = 0.0015;
        Random r = new Random(11);
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            w.write("{\"type\":\"FeatureCollection\",\"features\":[\n");
            for (int i = 0; i < n; i++) {
                double x0 = 120.15 + (i % side) * step;
                double y0 = 30.20 + (i / side) * step;
                StringBuilder ring = new StringBuilder();
                double[][] corners = {{x0, y0}, {x0 + step, y0}, {x0 + step, y0 + step}, {x0, y0 + step}};
                for (int c = 0; c < 4; c++) {
                    double[] a = corners[c];
                    double[] b = corners[(c + 1) % 4];
                    for (int k = 0; k < 15; k++) {
                        double f = k / 15.0;
                        ring.append(String.format(Locale.ROOT, "[%.7f,%.7f],", a[0] + (b[0] - a[0]) * f,
                                a[1] + (b[1] - a[1]) * f + (k == 0 ? 0 : r.nextDouble() * 1e-7)));
                    }
                }
                ring.append(String.format(Locale.ROOT, "[%.7f,%.7f]", x0, y0));
                w.write(String.format("{\"type\":\"Feature\",\"properties\":{\"code\":\"G%05d\",\"name\":\"第%d网格\"},"
                        + "\"geometry\":{\"type\":\"Polygon\",\"coordinates\":[[%s]]}}%s%n", i, i, ring,
                        i + 1 < n ? "," : ""));
            }
            w.write("]}\n");
        }
        return file;
    }
}
