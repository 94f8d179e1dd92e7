package org.gridcommand.cli;

import org.gridcommand.cli.bench.StartupBench;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code gridcommand bench …}: performance checks that print their figures, compare with a baseline measured in
 * the same run, and end with one JSON line.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure performance (see README).",
        subcommands = {BenchCommand.Startup.class, BenchCommand.Activation.class, BenchCommand.Intake.class})
final class BenchCommand {
    @ParentCommand
    RootCommand root;

    @Command(name = "activation", mixinStandardHelpOptions = true, description = {
        "Level-I flood plan proposal with the demo city's resources and with 100x as many, against a plain scan",
        "over all resources in the same run. Exit 1 when a target (50 ms / 200 ms) is missed."})
    static final class Activation implements java.util.concurrent.Callable<Integer> {
        @ParentCommand
        BenchCommand bench;

        @Option(names = "--runs", defaultValue = "21", description = "Measured runs per variant (median)")
        int runs;

        @Option(names = "--db", description = "Database whose resources to use (default: generated demo-scale)")
        String db;

        @Override
        public Integer call() throws Exception {
            return new org.gridcommand.cli.bench.ActivationBench(db, runs, System.out).run();
        }
    }

    @Command(name = "startup", mixinStandardHelpOptions = true, description = {
        "Demo generation time, then cold start to an interactive map (fresh JVM each run) and heap after start,",
        "against a bare JavaFX window in the same run. Needs a display (on a server: xvfb-run -a …)."})
    static final class Startup implements java.util.concurrent.Callable<Integer> {
        @ParentCommand
        BenchCommand bench;

        @Option(names = "--runs", defaultValue = "3", description = "Cold starts per variant (median is reported)")
        int runs;

        @Override
        public Integer call() throws Exception {
            return new StartupBench(bench.root.mainClass(), runs, System.out).run();
        }
    }

    @Command(name = "intake", mixinStandardHelpOptions = true, description = {
        "Hotline import throughput (locate, classify, dispatch by rule, persist with history) on a fresh embedded",
        "database with a generated city of 7,000 micro-grids, against a plain JDBC batch insert of the same rows;",
        "then the open-event queue's first page. Ends with one JSON line."})
    static final class Intake implements java.util.concurrent.Callable<Integer> {
        @Option(names = "--tickets", defaultValue = "100000", description = "Tickets to import")
        int tickets;

        @Override
        public Integer call() throws Exception {
            return new org.gridcommand.cli.bench.IntakeBench(tickets, System.out).run();
        }
    }
}
