package org.gridcommand.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * The user's data folder, where the embedded database and the tile cache live unless told otherwise:
 * {@code GRIDCOMMAND_HOME}, else the platform's place for application data.
 */
public final class DataFolder {
    private DataFolder() {
    }

    /** The folder for this user on this platform. */
    public static Path resolve(Map<String, String> env) {
        String home = env.get("GRIDCOMMAND_HOME");
        if (home != null && !home.isBlank()) {
            return Path.of(home);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        Path userHome = Path.of(System.getProperty("user.home"));
        if (os.contains("win")) {
            String local = env.get("LOCALAPPDATA");
            return (local != null ? Path.of(local) : userHome.resolve("AppData/Local")).resolve("GridCommand");
        }
        if (os.contains("mac")) {
            return userHome.resolve("Library/Application Support/GridCommand");
        }
        String xdg = env.get("XDG_DATA_HOME");
        return (xdg != null && !xdg.isBlank() ? Path.of(xdg) : userHome.resolve(".local/share")).resolve("gridcommand");
    }

    /** The --db to use when none is given: {@code GRIDCOMMAND_DB}, else the embedded file in the data folder. */
    public static String defaultDatabase(Map<String, String> env) {
        String db = env.get("GRIDCOMMAND_DB");
        if (db != null && !db.isBlank()) {
            return db;
        }
        return resolve(env).resolve("gridcommand").toString();
    }
}
