package org.gridcommand.cli.shift;

import java.util.Locale;
import org.gridcommand.cli.RootCommand;
import org.gridcommand.service.shift.ShiftWords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gridcommand shift …}: the duty roster and the handover log, read-only, for scripts and the binder. */
@Command(name = "shift", mixinStandardHelpOptions = true,
        description = "Duty roster and handover log (read-only).",
        subcommands = {ShiftRosterCommand.class, HandoverLogCommand.class})
public final class ShiftCommand {
    static ShiftWords words(CommandSpec spec) {
        return new ShiftWords(spec != null && spec.root().userObject() instanceof RootCommand root ? root.locale()
                : Locale.SIMPLIFIED_CHINESE);
    }
}
