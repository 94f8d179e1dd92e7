package org.gridcommand.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Backups of an embedded database file, kept in {@code backups/} beside it: {@code NAME-yyyyMMdd-HHmmss.zip},
 * made with H2's {@code BACKUP TO} while the database is open (a consistent copy of its committed state), the
 * newest {@link #KEEP} kept. Restoring never deletes the file it replaces: it is moved into the same folder.
 */
public final class Backups {
    /** How many scheduled or manual backups are kept per database file. */
    public static final int KEEP = 7;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");
    private static final String SUFFIX = ".mv.db";

    /** One backup file and when it was taken (local time, from its name). */
    public record Backup(Path path, LocalDateTime taken, long bytes) {
    }

    private Backups() {
    }

    /** The folder holding the backups of {@code file}. */
    public static Path folder(Path file) {
        return file.toAbsolutePath().getParent().resolve("backups");
    }

    /** The backups of {@code file}, newest first. */
    public static List<Backup> list(Path file) {
        Path folder = folder(file);
        String prefix = name(file) + "-";
        List<Backup> found = new ArrayList<>();
        if (!Files.isDirectory(folder)) {
            return found;
        }
        try (Stream<Path> files = Files.list(folder)) {
            files.forEach(p -> {
                String n = p.getFileName().toString();
                if (n.startsWith(prefix) && n.endsWith(".zip")) {
                    try {
                        LocalDateTime taken = LocalDateTime.parse(n.substring(prefix.length(), n.length() - 4),
                                STAMP);
                        found.add(new Backup(p, taken, Files.size(p)));
                    } catch (DateTimeParseException | IOException e) {
                        // not one of ours
                    }
                }
            });
        } catch (IOException e) {
            return found;
        }
        found.sort(Comparator.comparing(Backup::taken).reversed());
        return found;
    }

    /**
     * Backs up the open embedded database {@code db} now (online: consoles keep working), then keeps the newest
     * {@link #KEEP}. The zip appears under its final name only when it is complete.
     */
    public static Backup take(Database db) {
        DatabaseLocation location = db.location();
        if (!location.isEmbedded()) {
            throw new StoreException("Backups are for the embedded file; back up a PostgreSQL server with pg_dump.",
                    null);
        }
        Path file = location.file();
        Path folder = folder(file);
        LocalDateTime now = LocalDateTime.now().withNano(0);
        Path target = folder.resolve(name(file) + "-" + STAMP.format(now) + ".zip");
        Path partial = folder.resolve(name(file) + "-" + STAMP.format(now) + ".zip.partial");
        try {
            OwnerOnly.createFolder(folder);
            try (Connection c = db.dataSource().getConnection(); Statement st = c.createStatement()) {
                st.execute("BACKUP TO '" + partial.toString().replace("'", "''") + "'");
            }
            OwnerOnly.restrict(partial);
            Files.move(partial, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (SQLException | IOException e) {
            try {
                Files.deleteIfExists(partial);
            } catch (IOException ignored) {
                // the next backup overwrites it
            }
            throw new StoreException("Could not back up " + file + " into " + folder + ": " + e.getMessage(), e);
        }
        prune(file);
        try {
            return new Backup(target, now, Files.size(target));
        } catch (IOException e) {
            return new Backup(target, now, -1);
        }
    }

    private static void prune(Path file) {
        // a backup cut short (the process was killed) leaves its .partial: never a backup, always removable
        try (Stream<Path> partials = Files.list(folder(file))) {
            partials.filter(p -> p.getFileName().toString().startsWith(name(file) + "-")
                    && p.getFileName().toString().endsWith(".zip.partial")).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // left for next time
        }
        List<Backup> all = list(file);
        for (Backup old : all.subList(Math.min(KEEP, all.size()), all.size())) {
            try {
                Files.deleteIfExists(old.path());
            } catch (IOException e) {
                // kept one more: harmless
            }
        }
    }

    /**
     * Puts {@code backup} in place of the database file at {@code location}, which nobody may have open. The
     * backup is unpacked and checked first; the file it replaces (damaged or not) is moved, never deleted.
     *
     * @return where the replaced file was moved, or null if there was none
     * @throws DatabaseUnavailableException when the database is in use or the backup is not a usable database
     */
    public static Path restore(DatabaseLocation location, Path backup) {
        Path file = location.file();
        StaleLock.removeIfStale(location);
        if (Files.exists(Path.of(baseName(file) + ".lock.db"))) {
            throw Problems.inUse(file);
        }
        Path folder = folder(file);
        String stamp = STAMP.format(LocalDateTime.now());
        Path unpacked = folder.resolve("restoring-" + stamp).resolve(file.getFileName());
        boolean done = false;
        try {
            OwnerOnly.createFolder(unpacked.getParent());
            unpack(backup, unpacked);
            DatabaseLocation candidate = DatabaseLocation.parse(unpacked.toString(), location.user(),
                    location.password());
            if (EmbeddedFileCheck.inspect(candidate, false) == EmbeddedFileCheck.State.IN_USE) {
                throw Problems.inUse(unpacked);
            }
            Path replaced = null;
            if (Files.exists(file)) {
                replaced = folder.resolve(name(file) + "-replaced-" + stamp + SUFFIX);
                Files.move(file, replaced);
            }
            Files.move(unpacked, file);
            OwnerOnly.restrict(file);
            done = true;
            return replaced;
        } catch (IOException e) {
            throw new StoreException("Could not restore " + backup + " to " + file + ": " + e.getMessage()
                    + ". The database file was left as it was.", e);
        } finally {
            clearAway(unpacked, done);
        }
    }

    private static void clearAway(Path unpacked, boolean moved) {
        try {
            if (!moved) {
                Files.deleteIfExists(unpacked);
            }
            Files.deleteIfExists(Path.of(baseName(unpacked) + ".trace.db"));
            Files.deleteIfExists(unpacked.getParent());
        } catch (IOException e) {
            // an empty folder left in backups/: harmless
        }
    }

    private static void unpack(Path zip, Path into) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                if (!e.isDirectory() && e.getName().endsWith(SUFFIX)) {
                    Files.copy(z, into, StandardCopyOption.REPLACE_EXISTING);
                    return;
                }
            }
        }
        throw new IOException(zip + " holds no database file (.mv.db)");
    }

    /** The file's path without {@code .mv.db}, as H2 names a database. */
    static String baseName(Path file) {
        String s = file.toAbsolutePath().toString();
        return s.endsWith(SUFFIX) ? s.substring(0, s.length() - SUFFIX.length()) : s;
    }

    private static String name(Path file) {
        String n = file.getFileName().toString();
        return n.endsWith(SUFFIX) ? n.substring(0, n.length() - SUFFIX.length()) : n;
    }
}
