package org.gridcommand.cli;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gridcommand.cli.drill.DrillCommand;
import org.gridcommand.cli.emergency.ActivateCommand;
import org.gridcommand.cli.emergency.ExportCommand;
import org.gridcommand.cli.emergency.StandDownCommand;
import org.gridcommand.cli.intake.ServeIntakeCommand;
import org.gridcommand.cli.loop.EventCommand;
import org.gridcommand.cli.shift.ShiftCommand;
import org.gridcommand.cli.stock.StockCommand;
import org.gridcommand.cli.token.TokenCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code gridcommand}: with no subcommand it opens the console; subcommands run the same use cases from scripts.
 */
@Command(name = "gridcommand", mixinStandardHelpOptions = true, version = "GridCommand 0.1.0",
        description = {"GridCommand — command-center console for grid-based city governance (网格化管理).",
            "Without a command, opens the console window."},
        subcommands = {DemoCommand.class, StatsCommand.class, ImportCommand.class, DbCommand.class,
            ActivateCommand.class, StandDownCommand.class,
            ExportCommand.class, ServeIntakeCommand.class,
            EventCommand.class, StockCommand.class,
            KpiCommand.class, ReportCommand.class, DrillCommand.class, TokenCommand.class, ShiftCommand.class})
public final class RootCommand implements Callable<Integer> {
    private final ConsoleLauncher launcher;
    private final Map<String, String> env;

    @Option(names = "--db", paramLabel = "DB", description = "Database: a file path (embedded H2) or "
            + "jdbc:postgresql://host:5432/name (shared). Default: $GRIDCOMMAND_DB, else the data folder.")
    String db;

    @Option(names = "--lang", paramLabel = "LANG", description = "zh (default) or en", defaultValue = "zh",
            scope = CommandLine.ScopeType.INHERIT)
    String lang;

    @Option(names = "--create", scope = CommandLine.ScopeType.INHERIT, description = "Create the database if there "
            + "is none at the --db path (without it, a path with no database is refused: a typo must not start an "
            + "empty one). The default data folder's database is created on first start without it.")
    boolean create;

    @Option(names = "--user", paramLabel = "NAME", description = "Name shown in the status bar")
    String user;

    @Option(names = "--basemap", paramLabel = "FILE.mbtiles",
            description = "Use your own MBTiles raster base map instead of the built-in one")
    Path baseMap;

    @Option(names = "--idle-lock", paramLabel = "MINUTES", description = "Lock the console after this many minutes "
            + "without input (0: never). Default: the console's setting console.idleLockMinutes, else 15.")
    Integer idleLock;

    @Option(names = "--exit-when-ready", hidden = true)
    boolean exitWhenReady;

    @Option(names = "--bare-window", hidden = true)
    boolean bareWindow;

    private final String mainClass;

    /** A watch is at most a day long: an idle lock later than that is a typo. */
    private static final int MAX_IDLE_LOCK_MINUTES = 24 * 60;

    @Spec
    CommandSpec spec;

    /**
     * @param mainClass the class that starts GridCommand, so that benches can start fresh consoles in new JVMs
     */
    public RootCommand(ConsoleLauncher launcher, Map<String, String> env, String mainClass) {
        this.launcher = launcher;
        this.env = env;
        this.mainClass = mainClass;
    }

    /** The class that starts GridCommand (for the benches that start consoles in new JVMs). */
    public String mainClass() {
        return mainClass;
    }

    /** The database to use: --db if given, else the default for this environment. */
    String database() {
        return db != null ? db : DataFolder.defaultDatabase(env);
    }

    Map<String, String> env() {
        return env;
    }

    /**
     * Whether a database that does not exist yet may be created: on request (--create), or for the default data
     * folder's own file (the first start). A path given with --db or GRIDCOMMAND_DB must already hold one.
     */
    boolean mayCreate() {
        String fromEnv = env.get("GRIDCOMMAND_DB");
        return create || (db == null && (fromEnv == null || fromEnv.isBlank()));
    }

    /** The language of messages: zh (default) or en. */
    public Locale locale() {
        return "en".equalsIgnoreCase(lang) ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
    }

    /** The command line's messages in the chosen language. */
    public CliMessages messages() {
        return new CliMessages(locale());
    }

    /** The environment the command line runs in (for secrets such as the intake token). */
    public Map<String, String> environment() {
        return env;
    }

    @Override
    public Integer call() {
        if (idleLock != null && (idleLock < 0 || idleLock > MAX_IDLE_LOCK_MINUTES)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    messages().get("console.idleLock.range", idleLock, MAX_IDLE_LOCK_MINUTES));
        }
        return launcher.launch(new ConsoleOptions(database(), lang, user, exitWhenReady, bareWindow, baseMap,
                mayCreate(), idleLock));
    }

    /** Builds the command line with GridCommand's error handling: a clear message, not a bare stack trace. */
    public static CommandLine commandLine(RootCommand root, CommandLine.IFactory factory) {
        CommandLine cl = new CommandLine(root, factory);
        cl.setExecutionExceptionHandler(new FriendlyErrors(root));
        return cl;
    }
}
