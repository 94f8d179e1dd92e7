package org.gridcommand.cli;

import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gridcommand.service.DatabaseMaintenance;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code gridcommand db check|backup|backups|restore|compact}: keeping the embedded database file safe. */
@Command(name = "db", mixinStandardHelpOptions = true, description = {
    "Check, back up, restore and compact the embedded database file.",
    "Backups are kept in the backups/ folder beside the file (the newest 7); the console and serve-intake also "
        + "take one a day by themselves."},
        subcommands = {DbCommand.Check.class, DbCommand.Backup.class, DbCommand.ListBackups.class,
            DbCommand.Restore.class, DbCommand.Compact.class})
final class DbCommand {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @ParentCommand
    RootCommand root;

    /** The part every subcommand shares: where the database is, and the user's language. */
    abstract static class Sub {
        @ParentCommand
        DbCommand parent;

        @Mixin
        DatabaseOptions database;

        String database() {
            return database.database();
        }

        String user() {
            return database.user();
        }

        String password() {
            return database.password();
        }

        CliMessages messages() {
            return new CliMessages(parent.root.locale());
        }
    }

    @Command(name = "check", mixinStandardHelpOptions = true, description = {
        "Open the file without changing it and read every row of every table; list its backups.",
        "Exit status: 0 healthy (or unfinished work that the next open rolls back), 2 missing or damaged."})
    static final class Check extends Sub implements Callable<Integer> {
        @Override
        public Integer call() {
            DatabaseMaintenance.CheckResult r = DatabaseMaintenance.check(database(), user(), password());
            CliMessages m = messages();
            switch (r.verdict()) {
                case "HEALTHY" -> System.out.println(m.get("db.check.healthy", r.file(), r.rowsPerTable().size(),
                        r.rowsPerTable().values().stream().mapToLong(Long::longValue).sum(),
                        CliMessages.size(r.bytes())));
                case "UNFINISHED_WORK" -> System.out.println(m.get("db.check.unfinished", r.file(),
                        CliMessages.size(r.bytes())));
                case "MISSING" -> System.out.println(m.get("db.check.missing", r.file()));
                default -> System.out.println(m.get("db.check.damaged", r.file(),
                        m.problem(r.problemKey(), r.problemArgs(), r.problem())));
            }
            if (r.backups().isEmpty()) {
                System.out.println(m.get("db.check.no_backups", Path.of(r.file()).resolveSibling("backups"), r.file()));
            } else {
                DatabaseMaintenance.BackupFile b = r.backups().get(0);
                System.out.println(m.get("db.check.backups", r.backups().size(), b.path().getFileName(),
                        WHEN.format(b.taken()), CliMessages.size(b.bytes())));
            }
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("file", r.file());
            json.put("bytes", r.bytes());
            json.put("verdict", r.verdict());
            json.put("rows", r.rowsPerTable());
            json.put("backups", r.backups().size());
            System.out.println(Json.line(json));
            return r.healthy() ? 0 : FriendlyErrors.DATABASE_UNAVAILABLE;
        }
    }

    @Command(name = "backup", mixinStandardHelpOptions = true,
            description = "Back up the database now, while consoles keep working (H2 BACKUP TO, a zip in backups/).")
    static final class Backup extends Sub implements Callable<Integer> {
        @Override
        public Integer call() {
            DatabaseMaintenance.BackupFile b = DatabaseMaintenance.backup(database(), user(), password());
            System.out.println(messages().get("db.backup.done", b.path(), CliMessages.size(b.bytes()),
                    DatabaseMaintenance.KEEP));
            return 0;
        }
    }

    @Command(name = "backups", mixinStandardHelpOptions = true, description = "List the backups, newest first.")
    static final class ListBackups extends Sub implements Callable<Integer> {
        @Override
        public Integer call() {
            List<DatabaseMaintenance.BackupFile> all = DatabaseMaintenance.backups(database());
            if (all.isEmpty()) {
                System.out.println(messages().get("db.backups.none", Path.of(database()).toAbsolutePath()
                        .resolveSibling("backups")));
            }
            for (DatabaseMaintenance.BackupFile b : all) {
                System.out.println(messages().get("db.backups.line", WHEN.format(b.taken()),
                        CliMessages.size(b.bytes()), b.path()));
            }
            return 0;
        }
    }

    @Command(name = "restore", mixinStandardHelpOptions = true, description = {
        "Put a backup in place of the database file (the newest, or the one named). Nobody may have it open.",
        "The file it replaces is never deleted: it is moved into backups/."})
    static final class Restore extends Sub implements Callable<Integer> {
        @Parameters(paramLabel = "BACKUP", arity = "0..1", description = "A backup zip (default: the newest)")
        Path backup;

        @Override
        public Integer call() {
            DatabaseMaintenance.Restored r = DatabaseMaintenance.restore(database(), user(), password(), backup);
            CliMessages m = messages();
            System.out.println(m.get("db.restore.done", r.from().path().getFileName(), database()));
            if (r.replacedFileKeptAt() != null) {
                System.out.println(m.get("db.restore.replaced", r.replacedFileKeptAt()));
            }
            return 0;
        }
    }

    @Command(name = "compact", mixinStandardHelpOptions = true,
            description = "Rewrite the file without the space bulk loads left behind (nobody may have it open).")
    static final class Compact extends Sub implements Callable<Integer> {
        @Override
        public Integer call() {
            DatabaseMaintenance.Compaction c = DatabaseMaintenance.compact(database(), user(), password());
            CliMessages m = messages();
            if (c.done()) {
                System.out.println(m.get("db.compacted", database(), CliMessages.size(c.bytesBefore()),
                        CliMessages.size(c.bytesAfter())));
                return 0;
            }
            System.out.println(m.get("db.not_compacted", database(), c.notDoneReason()));
            return 1;
        }
    }
}
