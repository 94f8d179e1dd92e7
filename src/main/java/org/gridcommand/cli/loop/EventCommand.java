package org.gridcommand.cli.loop;

import picocli.CommandLine.Command;

/**
 * {@code gridcommand event …}: the closed loop from scripts — read an event's whole history, set the center's rules.
 */
@Command(name = "event", mixinStandardHelpOptions = true,
        description = "Events of the closed loop: show one with its history; the return-visit rule.",
        subcommands = {ShowEventCommand.class, VisitTriesCommand.class})
public final class EventCommand {
}
