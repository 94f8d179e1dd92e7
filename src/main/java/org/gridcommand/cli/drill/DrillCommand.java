package org.gridcommand.cli.drill;

import java.util.Locale;
import java.util.Map;
import org.gridcommand.cli.DataFolder;
import org.gridcommand.cli.RootCommand;
import org.gridcommand.domain.time.ConsoleClock;
import org.gridcommand.service.Backend;
import org.gridcommand.service.drill.DrillWords;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/** {@code gridcommand drill …}: the trainer's tabletop drills (桌面推演) from the command line. */
@Command(name = "drill", mixinStandardHelpOptions = true,
        description = "Tabletop drills: check a scenario (MSEL), convert it between YAML and XLSX, run it headless.",
        subcommands = {DrillValidateCommand.class, DrillConvertCommand.class, DrillRunCommand.class})
public final class DrillCommand {

    static Backend open(CommandSpec spec, String db) {
        if (spec != null && spec.root().userObject() instanceof RootCommand root) {
            return root.openBackend(db);
        }
        Map<String, String> env = System.getenv();
        return Backend.open(db != null ? db : DataFolder.defaultDatabase(env), env.get("GRIDCOMMAND_DB_USER"),
                env.get("GRIDCOMMAND_DB_PASSWORD"), ConsoleClock.system());
    }

    static DrillWords words(CommandSpec spec) {
        return new DrillWords(spec != null && spec.root().userObject() instanceof RootCommand root ? root.locale()
                : Locale.SIMPLIFIED_CHINESE);
    }
}
