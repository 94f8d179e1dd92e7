package org.gridcommand.cli.intake;

import picocli.CommandLine.Command;

/** {@code gridcommand export …}: data out for other systems. */
@Command(name = "export", mixinStandardHelpOptions = true, description = "Export data for other systems.",
        subcommands = {ExportEventsCommand.class})
public final class ExportCommand {
}
