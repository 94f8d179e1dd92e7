package org.gridcommand.cli.drill;

import java.util.Locale;
import org.gridcommand.cli.RootCommand;
import org.gridcommand.service.drill.DrillWords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gridcommand drill …}: the trainer's tabletop drills (桌面推演) from the command line. */
@Command(name = "drill", mixinStandardHelpOptions = true,
        description = "Tabletop drills: check a scenario (MSEL), convert it between YAML and XLSX, run it headless.",
        subcommands = {DrillValidateCommand.class, DrillConvertCommand.class, DrillRunCommand.class})
public final class DrillCommand {

    static DrillWords words(CommandSpec spec) {
        return new DrillWords(spec != null && spec.root().userObject() instanceof RootCommand root ? root.locale()
                : Locale.SIMPLIFIED_CHINESE);
    }
}
