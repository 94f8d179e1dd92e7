package org.gridcommand.crash;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.gridcommand.cli.CliAccounts;
import org.gridcommand.store.Database;
import org.gridcommand.store.DatabaseLocation;
import org.gridcommand.store.DatabaseUnavailableException;

/**
 * Kills a bulk load at random moments and looks at what is left: the file must open (with or without the lock file
 * the killed process left), and hold the load wholly or not at all. How many kills, and the seed, come from system
 * properties so that a heavier run ({@code tools/crash-trials.sh}) uses the same code as CI.
 */
final class CrashTrials {
    /** What one kill left behind. */
    enum Outcome { NOTHING, WHOLE, PARTIAL, DAMAGED }

    record Trial(int number, long killedAfterMillis, boolean lockFileRemoved, Outcome outcome, String detail) {
    }

    static int kills(int ciDefault) {
        return Integer.getInteger("gridcommand.crash.kills", ciDefault);
    }

    static Random random() {
        long seed = Long.getLong("gridcommand.crash.seed", System.nanoTime());
        System.out.println("crash trials seed " + seed + " (-Dgridcommand.crash.seed=" + seed + " repeats them)");
        return new Random(seed);
    }

    static void copyDatabase(Path fromFolder, Path toFolder) throws IOException {
        Files.createDirectories(toFolder);
        try (Stream<Path> files = Files.list(fromFolder)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Files.copy(f, toFolder.resolve(f.getFileName()), StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    /**
     * Creates an empty GridCommand database at {@code db} (with the jar under test when one is given: its schema
     * is the one to crash).
     */
    static void createEmpty(Path db, Path log) throws Exception {
        if (ChildGridCommand.otherJar() == null) {
            Database.open(DatabaseLocation.parse(db.toString(), null, null)).close();
            return;
        }
        int status = ChildGridCommand.run(log, Duration.ofMinutes(3), Map.of(), "stats", "--db",
                db.toString());
        if (status != 0) {
            throw new AssertionError("could not create " + db + " with " + ChildGridCommand.otherJar());
        }
    }

    /** Adds the accounts the killed commands sign in with (they change data: issue 12). */
    static void addAccounts(Path db) {
        try (Database d = Database.open(DatabaseLocation.parse(db.toString(), null, null))) {
            CliAccounts.create(d);
        }
    }

    /** Opens the file as the next console would, and counts with {@code countSql} (one number). */
    static long count(Path db, String countSql) {
        if (ChildGridCommand.otherJar() != null) {
            return countWithOtherJar(db, countSql);
        }
        try (Database d = Database.open(DatabaseLocation.parse(db.toString(), null, null),
                Database.Creation.EXISTING_ONLY)) {
            return d.withConnection(c -> {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(countSql)) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
        }
    }

    /** With the jar under test, a look that does not migrate its file: its own {@code stats}. */
    private static long countWithOtherJar(Path db, String countSql) {
        try {
            Path log = Files.createTempFile("stats", ".log");
            int status = ChildGridCommand.run(log, Duration.ofMinutes(5), Map.of(), "stats", "--db",
                    db.toString());
            String out = Files.readString(log);
            if (status == 2) {
                throw new DatabaseUnavailableException(out.substring(Math.max(0, out.lastIndexOf("gridcommand:"))));
            }
            String key = countSql.contains("FROM area") ? "\"area\":" : "\"event\":";
            int at = out.indexOf(key) + key.length();
            return Long.parseLong(out.substring(at, out.indexOf(',', at)).trim());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new IllegalStateException(e);
        }
    }

    /** Puts the load's file aside (a damaged one is kept as evidence) and the empty starting point back. */
    static void startOver(Path db, Path base, Path work, int trial) throws IOException {
        Path file = Path.of(db + ".mv.db");
        Files.move(file, file.resolveSibling("after-trial-" + trial + ".mv.db.kept"));
        Files.deleteIfExists(Path.of(db + ".lock.db"));
        copyDatabase(base, work);
    }

    /** Removes the lock file a killed process left (half of the trials): recovery must not depend on it. */
    static boolean maybeRemoveLock(Path db, boolean remove) throws IOException {
        Path lock = Path.of(db + ".lock.db");
        return remove && Files.deleteIfExists(lock);
    }

    /** Kills at a uniformly random moment of {@code busy} after the child's database is open. */
    static long killAtRandom(ChildGridCommand child, Duration busy, Random random) throws Exception {
        if (!child.awaitOutput("Opened H2", Duration.ofMinutes(2))) {
            child.kill();
            throw new AssertionError("the child never opened its database:\n" + child.output());
        }
        long wait = (long) (random.nextDouble() * busy.toMillis());
        Thread.sleep(wait);
        child.kill();
        return wait;
    }

    static String summary(String what, List<Trial> trials) {
        long damaged = trials.stream().filter(t -> t.outcome() == Outcome.DAMAGED).count();
        long partial = trials.stream().filter(t -> t.outcome() == Outcome.PARTIAL).count();
        long nothing = trials.stream().filter(t -> t.outcome() == Outcome.NOTHING).count();
        long whole = trials.stream().filter(t -> t.outcome() == Outcome.WHOLE).count();
        StringBuilder s = new StringBuilder(String.format("crash trials %s: %d kills, %d damaged, %d partial "
                + "(%d rolled back, %d complete)%n", what, trials.size(), damaged, partial, nothing, whole));
        trials.forEach(t -> s.append(String.format("  #%-2d killed %6d ms into the load, lock file %s → %s %s%n",
                t.number(), t.killedAfterMillis(), t.lockFileRemoved() ? "removed" : "left", t.outcome(),
                t.detail() == null ? "" : t.detail())));
        return s.toString();
    }

    static List<Trial> newList() {
        return new ArrayList<>();
    }

    private CrashTrials() {
    }
}
