package org.gridcommand.bench;

import java.util.concurrent.Callable;
import org.gridcommand.bench.StartupBench;
import org.gridcommand.bench.emergency.ActivationBench;
import org.gridcommand.bench.intake.IntakeBench;
import org.gridcommand.bench.intake.IntakeHttpBench;
import org.gridcommand.bench.intake.SyncBench;
import org.gridcommand.bench.map.MapBench;
import org.gridcommand.cli.RootCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code gridcommand bench …}: performance checks that print their figures, compare with a baseline measured in
 * the same run, and end with one JSON line.
 */
@Command(name = "bench", mixinStandardHelpOptions = true, description = "Measure performance (see README).",
        subcommands = {BenchCommand.Startup.class, BenchCommand.Activation.class, BenchCommand.Intake.class,
            BenchCommand.IntakeHttp.class, BenchCommand.Locate.class, BenchCommand.Map.class,
            BenchCommand.Sync.class})
public final class BenchCommand {
    @ParentCommand
    RootCommand root;

    @Command(name = "activation", mixinStandardHelpOptions = true, description = {
        "Level-I flood plan proposal with the demo city's resources and with 100x as many, against a plain scan",
        "over all resources in the same run. Exit 1 when a target (50 ms / 200 ms) is missed."})
    static final class Activation implements Callable<Integer> {
        @ParentCommand
        BenchCommand bench;

        @Option(names = "--runs", defaultValue = "21", description = "Measured runs per variant (median)")
        int runs;

        @Option(names = "--db", description = "Database whose resources to use (default: generated demo-scale)")
        String db;

        @Override
        public Integer call() throws Exception {
            return new ActivationBench(db, runs, System.out).run();
        }
    }

    @Command(name = "startup", mixinStandardHelpOptions = true, description = {
        "Demo generation time, then cold start to an interactive map (fresh JVM each run) and heap after start,",
        "against a bare JavaFX window in the same run. Needs a display (on a server: xvfb-run -a …)."})
    static final class Startup implements Callable<Integer> {
        @ParentCommand
        BenchCommand bench;

        @Option(names = "--runs", defaultValue = "3", description = "Cold starts per variant (median is reported)")
        int runs;

        @Override
        public Integer call() throws Exception {
            return new StartupBench(bench.root.mainClass(), runs, System.out).run();
        }
    }

    @Command(name = "locate", mixinStandardHelpOptions = true, description = {
        "Points located per second into the demo city's micro-grids on one core by the in-memory index, against a",
        "linear scan and the database's spatial query in the same run. Exit 1 below 1,000,000/s or on disagreement."})
    static final class Locate implements Callable<Integer> {
        @Option(names = "--db", description = "Database to read micro-grids from (default: demo city in a temp file)")
        String db;

        @Option(names = "--points", defaultValue = "1000000", description = "Points per measured pass of the index")
        int points;

        @Option(names = "--sample", defaultValue = "2000", description = "Points for the linear scan and SQL")
        int sample;

        @Override
        public Integer call() throws Exception {
            return new LocateBench(db, points, sample, System.out).run();
        }
    }

    @Command(name = "map", mixinStandardHelpOptions = true, description = {
        "Map wall frame times over a scripted pan/zoom path (zoom 11-18-11) with the whole city, 10,000 event pins",
        "and all layers, against one scene-graph node per feature in the same run; heap with every layer loaded.",
        "Needs a display (on a server: xvfb-run -a ...). Exit 1 when a target is missed."})
    static final class Map implements Callable<Integer> {
        @Option(names = "--db", description = "Database to show (default: the demo city generated into a temp dir)")
        String db;

        @Option(names = "--frames", defaultValue = "300", description = "Frames along the path")
        int frames;

        @Option(names = "--events", defaultValue = "10000", description = "Open event pins (synthetic top-up)")
        int events;

        @Override
        public Integer call() throws Exception {
            return new MapBench(db, frames, events, System.out).run();
        }
    }

    @Command(name = "intake", mixinStandardHelpOptions = true, description = {
        "Hotline import throughput (locate, classify, dispatch by rule, persist with history) on a fresh embedded",
        "database with a generated city of 7,000 micro-grids, against a plain JDBC batch insert of the same rows;",
        "then the open-event queue's first page. Ends with one JSON line."})
    static final class Intake implements Callable<Integer> {
        @Option(names = "--tickets", defaultValue = "100000", description = "Tickets to import")
        int tickets;

        @Option(names = "--history", defaultValue = "900000",
                description = "Closed events added before the queue is measured (default: 1,000,000 events in all)")
        int history;

        @Override
        public Integer call() throws Exception {
            return new IntakeBench(tickets, history, System.out).run();
        }
    }

    @Command(name = "intake-http", mixinStandardHelpOptions = true, description = {
        "The HTTP intake endpoint on loopback: health latency with idle half-sent requests open (against none),",
        "errors and p50/p99 latency of 4, 8, 16 and 32 concurrent senders (against one), and the same report sent",
        "4x at once. Without --db: a generated city in a temp file. Exit 1 when a target is missed."})
    static final class IntakeHttp implements Callable<Integer> {
        @Option(names = "--db", description = "Database (e.g. jdbc:postgresql://…; default: generated, embedded)")
        String db;

        @Option(names = "--requests", defaultValue = "1000", description = "Reports per round of senders")
        int requests;

        @Option(names = "--idle-sockets", defaultValue = "200", description = "Half-sent requests held open")
        int idleSockets;

        @Override
        public Integer call() throws Exception {
            return new IntakeHttpBench(db, requests, idleSockets, System.out).run();
        }
    }

    @Command(name = "sync", mixinStandardHelpOptions = true, description = {
        "Two consoles on one shared database (give a PostgreSQL URL): one dispatches, the other's queue must show it,",
        "told by the database (LISTEN/NOTIFY), within 300 ms median and 1 s at most; polling is the baseline. Fills",
        "an empty database with a generated city and tickets first. Exit 1 when slower."})
    static final class Sync implements Callable<Integer> {
        @Option(names = "--db", required = true, description = "Shared database, e.g. jdbc:postgresql://host:5432/name")
        String db;

        @Option(names = "--trials", defaultValue = "10", description = "Dispatches to time")
        int trials;

        @Override
        public Integer call() throws Exception {
            return new SyncBench(db, trials, System.out).run();
        }
    }
}
