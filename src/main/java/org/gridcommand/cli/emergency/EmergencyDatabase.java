package org.gridcommand.cli.emergency;

import java.util.Map;
import org.gridcommand.cli.DataFolder;
import org.gridcommand.domain.time.ConsoleClock;
import org.gridcommand.service.emergency.EmergencyServices;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Opens the emergency services for a command: its own --db, else the root command's --db, else
 * GRIDCOMMAND_DB or the data folder — the same order as every other subcommand.
 */
final class EmergencyDatabase {
    private EmergencyDatabase() {
    }

    static EmergencyServices open(CommandSpec spec, String db) {
        Map<String, String> env = System.getenv();
        String chosen = db;
        if (chosen == null && spec != null) {
            OptionSpec rootDb = spec.root().findOption("--db");
            if (rootDb != null && rootDb.getValue() != null) {
                chosen = rootDb.getValue();
            }
        }
        if (chosen == null) {
            chosen = DataFolder.defaultDatabase(env);
        }
        return EmergencyServices.open(chosen, env.get("GRIDCOMMAND_DB_USER"), env.get("GRIDCOMMAND_DB_PASSWORD"),
                ConsoleClock.system());
    }

    /** Prints a problem the user can fix, the way every GridCommand command does, and gives the exit code. */
    static int refuse(CommandSpec spec, String message) {
        spec.commandLine().getErr().println("gridcommand: " + message);
        spec.commandLine().getErr().flush();
        return 1;
    }
}
