package org.gridcommand.store;

import java.nio.file.Path;
import java.sql.SQLException;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/**
 * The embedded file's problems that have a way forward, told with that way: the exact command to type. Each has a
 * key in the command line's and console's message bundles ({@code db.problem.<key>}) and an English text for logs.
 */
final class Problems {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private Problems() {
    }

    static DatabaseUnavailableException missing(Path file) {
        return new DatabaseUnavailableException("missing", List.of(file.toString()), "There is no database at "
                + file + ". Check the path given with --db (nothing was created). To start a new database there, "
                + "add --create; for the demo city: gridcommand demo --db " + file + ".", null);
    }

    static DatabaseUnavailableException readOnlyFolder(Path folder) {
        return new DatabaseUnavailableException("read_only", List.of(folder.toString()), "The folder " + folder
                + " is read-only for this user, and GridCommand must write its database there. Make it writable "
                + "for this user, or choose another place with --db.", null);
    }

    static DatabaseUnavailableException inUse(Path file) {
        return new DatabaseUnavailableException("in_use", List.of(file.toString()), "The database " + file
                + " is open in a console or a command. Close it there first, then run the command again.", null);
    }

    /**
     * The file cannot be opened: say so, that it was not changed, and the way back — the newest backup, named,
     * with the command that restores it — and the command that looks at what is wrong.
     */
    static DatabaseUnavailableException damaged(DatabaseLocation location, Throwable cause) {
        Path file = location.file();
        String detail = cause instanceof SQLException sql ? firstLine(sql.getMessage())
                : firstLine(String.valueOf(cause.getMessage()));
        Optional<Backups.Backup> last = Backups.list(file).stream().findFirst();
        String restore = "gridcommand db restore --db " + file;
        String check = "gridcommand db check --db " + file;
        if (last.isPresent()) {
            Backups.Backup b = last.get();
            return new DatabaseUnavailableException("damaged", List.of(file.toString(), detail,
                    b.path().getFileName().toString(), WHEN.format(b.taken()), restore, check),
                    "The database file " + file + " cannot be opened: it is damaged (" + detail + "). It was not "
                            + "changed. Restore the last backup, " + b.path().getFileName() + " of "
                            + WHEN.format(b.taken()) + ", with: " + restore + "   (the damaged file is kept beside "
                            + "the backups). Details: " + check, cause);
        }
        return new DatabaseUnavailableException("damaged_no_backup", List.of(file.toString(), detail,
                Backups.folder(file).toString(), check), "The database file " + file + " cannot be opened: it is "
                + "damaged (" + detail + "). It was not changed. There is no backup of it in " + Backups.folder(file)
                + ". Copy the file somewhere safe for the maintaining engineer, then start on a new file with --db. "
                + "Details: " + check, cause);
    }

    static String firstLine(String s) {
        if (s == null) {
            return "";
        }
        int nl = s.indexOf('\n');
        String line = nl < 0 ? s : s.substring(0, nl);
        return line.length() > 200 ? line.substring(0, 200) + "…" : line;
    }
}
