package org.gridcommand.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.gridcommand.store.Backups;
import org.gridcommand.store.Database;
import org.gridcommand.store.DatabaseCheck;
import org.gridcommand.store.DatabaseLocation;
import org.gridcommand.store.DatabaseUnavailableException;
import org.gridcommand.store.FileCompaction;

/**
 * Keeping the embedded database file safe: check it, back it up, restore a backup, compact it. The command line's
 * {@code gridcommand db …} and the import commands call these; the file's path comes as given with {@code --db}.
 */
public final class DatabaseMaintenance {
    /** How many backups are kept per file. */
    public static final int KEEP = Backups.KEEP;
    /** One backup file. */
    public record BackupFile(Path path, LocalDateTime taken, long bytes) {
    }

    /** The outcome of {@link #check}. */
    public record CheckResult(String file, long bytes, String verdict, Map<String, Long> rowsPerTable, String problem,
                              String problemKey, List<String> problemArgs, List<BackupFile> backups) {
        public boolean healthy() {
            return "HEALTHY".equals(verdict) || "UNFINISHED_WORK".equals(verdict);
        }
    }

    /** What compacting did: sizes before and after, or why the file was left as it was. */
    public record Compaction(long bytesBefore, long bytesAfter, boolean done, String notDoneReason) {
    }

    /** What a restore did. */
    public record Restored(BackupFile from, Path replacedFileKeptAt) {
    }

    private DatabaseMaintenance() {
    }

    public static CheckResult check(String dbSpec, String user, String password) {
        DatabaseCheck.Report r = DatabaseCheck.run(parse(dbSpec, user, password));
        return new CheckResult(r.file(), r.bytes(), r.verdict().name(), r.rowsPerTable(), r.problem(), r.problemKey(),
                r.problemArgs(), r.backups().stream().map(DatabaseMaintenance::file).toList());
    }

    /** Takes a backup now, with the database online (consoles may keep working). */
    public static BackupFile backup(String dbSpec, String user, String password) {
        DatabaseLocation location = parse(dbSpec, user, password);
        try (Database db = open(location)) {
            return file(Backups.take(db));
        }
    }

    /** The backups of the embedded file at {@code dbSpec}, newest first. */
    public static List<BackupFile> backups(String dbSpec) {
        return Backups.list(parse(dbSpec, null, null).file()).stream().map(DatabaseMaintenance::file).toList();
    }

    /**
     * Puts a backup ({@code backup}, or the newest when null) in place of the file; nobody may have it open.
     *
     * @throws BackendUnavailableException when it is in use, or there is no usable backup
     */
    public static Restored restore(String dbSpec, String user, String password, Path backup) {
        DatabaseLocation location = parse(dbSpec, user, password);
        Path chosen = backup;
        if (chosen == null) {
            List<Backups.Backup> all = Backups.list(location.file());
            if (all.isEmpty()) {
                throw new BackendUnavailableException("no_backup", List.of(Backups.folder(location.file()).toString()),
                        "There is no backup in " + Backups.folder(location.file()) + ".", null);
            }
            chosen = all.get(0).path();
        }
        Path chosenFile = chosen;
        BackupFile from = Backups.list(location.file()).stream().filter(b -> b.path()
                .equals(chosenFile.toAbsolutePath()))
                .findFirst().map(DatabaseMaintenance::file).orElse(new BackupFile(chosenFile, null, -1));
        try {
            return new Restored(from, Backups.restore(location, chosenFile));
        } catch (DatabaseUnavailableException e) {
            throw new BackendUnavailableException(e.key(), e.args(), e.getMessage(), e);
        }
    }

    /** Rewrites the file without the space a bulk load left behind, when nobody else has it open. */
    public static Compaction compact(String dbSpec, String user, String password) {
        FileCompaction.Result c = FileCompaction.run(parse(dbSpec, user, password));
        return new Compaction(c.bytesBefore(), c.bytesAfter(), c.done(), c.notDoneReason());
    }

    /** The size of the embedded file at {@code dbSpec} in bytes; -1 for a server or a file not there. */
    public static long fileSize(String dbSpec) {
        try {
            DatabaseLocation location = DatabaseLocation.parse(dbSpec, null, null);
            return location.isEmbedded() && Files.exists(location.file())
                    ? Files.size(location.file()) : -1;
        } catch (DatabaseUnavailableException | IOException e) {
            return -1;
        }
    }

    private static Database open(DatabaseLocation location) {
        try {
            return Database.open(location, Database.Creation.EXISTING_ONLY);
        } catch (DatabaseUnavailableException e) {
            throw new BackendUnavailableException(e.key(), e.args(), e.getMessage(), e);
        }
    }

    private static DatabaseLocation parse(String dbSpec, String user, String password) {
        try {
            DatabaseLocation location = DatabaseLocation.parse(dbSpec, user, password);
            if (!location.isEmbedded()) {
                throw new BackendUnavailableException("not_embedded", List.of(location.describe()), location.describe()
                        + " is a database server: back it up with its own tools (pg_dump / pg_restore).", null);
            }
            return location;
        } catch (DatabaseUnavailableException e) {
            throw new BackendUnavailableException(e.key(), e.args(), e.getMessage(), e);
        }
    }

    private static BackupFile file(Backups.Backup b) {
        return new BackupFile(b.path(), b.taken(), b.bytes());
    }
}
