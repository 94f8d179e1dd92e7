package org.gridcommand.cli.intake;

import java.util.Map;
import org.gridcommand.cli.RootCommand;
import org.gridcommand.service.Backend;
import picocli.CommandLine.Model.CommandSpec;

/** Reaches the root command's database choice and environment from the intake and export subcommands. */
final class IntakeCli {
    private IntakeCli() {
    }

    /** Opens the database: {@code db} when given, else the root's --db / $GRIDCOMMAND_DB / the data folder. */
    static Backend backend(CommandSpec spec, String db) {
        return root(spec).openBackend(db);
    }

    static Map<String, String> env(CommandSpec spec) {
        return root(spec).environment();
    }

    private static RootCommand root(CommandSpec spec) {
        return (RootCommand) spec.root().userObject();
    }
}
