package org.gridcommand.app;

import org.gridcommand.bench.kpi.KpiBenchCommand;
import org.gridcommand.bench.BenchCommand;
import org.gridcommand.cli.RootCommand;
import picocli.CommandLine;

/**
 * Entry point of {@code gridcommand.jar} and of {@code ./mvnw javafx:run}: without arguments it opens the console,
 * otherwise it runs a command-line use case. Deliberately not a {@code javafx.application.Application}: the
 * console is started with {@code Platform.startup}, which also works from a plain classpath jar.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        RootCommand root = new RootCommand(new DesktopConsole(), System.getenv(), Main.class.getName());
        CommandLine commandLine = RootCommand.commandLine(root, CommandLine.defaultFactory());
        // the benches live in their own package that nothing else depends on; they join the command line here
        commandLine.addSubcommand(new BenchCommand());
        commandLine.getSubcommands().get("bench").addSubcommand(new KpiBenchCommand());
        int exit = commandLine.execute(args);
        System.exit(exit);
    }
}
