package org.gridcommand.cli;

import picocli.CommandLine.Model.CommandSpec;

/** A problem the user can fix, printed the way every GridCommand command prints one. */
public final class CommandProblem {
    private CommandProblem() {
    }

    /** Prints {@code message} on the command's error stream and gives the exit code (1). */
    public static int refuse(CommandSpec spec, String message) {
        spec.commandLine().getErr().println("gridcommand: " + message);
        spec.commandLine().getErr().flush();
        return 1;
    }
}
