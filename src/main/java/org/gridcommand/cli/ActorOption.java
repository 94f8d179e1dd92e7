package org.gridcommand.cli;

import picocli.CommandLine.Option;

/**
 * Who does it, for the audit trail or the ledger ({@code @Mixin} of the commands that change something in
 * someone's name). Until the command line has a login, it is {@code --actor}, else the operating system's user.
 */
public final class ActorOption {
    @Option(names = "--actor", paramLabel = "NAME",
            description = "Who does it (kept in the audit trail or the ledger). Default: your login name.")
    String actor;

    /** The name to record. */
    public String name() {
        return actor != null && !actor.isBlank() ? actor.strip() : System.getProperty("user.name", "gridcommand");
    }
}
