package org.gridcommand.cli.emergency;

import java.util.Map;
import org.gridcommand.cli.DataFolder;
import org.gridcommand.cli.RootCommand;
import org.gridcommand.domain.time.ConsoleClock;
import org.gridcommand.service.Backend;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Opens the backend for an emergency command the way every subcommand does (its own --db, else the root's, else
 * GRIDCOMMAND_DB or the data folder), and reports problems the same way.
 */
final class EmergencyDatabase {
    private EmergencyDatabase() {
    }

    static Backend open(CommandSpec spec, String db) {
        if (spec != null && spec.root().userObject() instanceof RootCommand root) {
            return root.openBackend(db);
        }
        // run on its own (scripts embedding the command, tests): no root options to fall back on
        Map<String, String> env = System.getenv();
        return Backend.open(db != null ? db : DataFolder.defaultDatabase(env), env.get("GRIDCOMMAND_DB_USER"),
                env.get("GRIDCOMMAND_DB_PASSWORD"), ConsoleClock.system());
    }

    /** Prints a problem the user can fix, the way every GridCommand command does, and gives the exit code. */
    static int refuse(CommandSpec spec, String message) {
        spec.commandLine().getErr().println("gridcommand: " + message);
        spec.commandLine().getErr().flush();
        return 1;
    }
}
