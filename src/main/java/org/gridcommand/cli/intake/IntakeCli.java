package org.gridcommand.cli.intake;

import java.util.Map;
import org.gridcommand.cli.RootCommand;
import picocli.CommandLine.Model.CommandSpec;

/** Reaches the root command's environment (the intake token) from the intake subcommands. */
final class IntakeCli {
    private IntakeCli() {
    }

    static Map<String, String> env(CommandSpec spec) {
        return root(spec).environment();
    }

    private static RootCommand root(CommandSpec spec) {
        return (RootCommand) spec.root().userObject();
    }
}
