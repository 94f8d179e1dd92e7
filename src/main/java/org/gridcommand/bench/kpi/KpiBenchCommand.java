package org.gridcommand.bench.kpi;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code gridcommand bench kpi}: see {@link KpiBench}. Registered under {@code bench} by the composition root. */
@Command(name = "kpi", mixinStandardHelpOptions = true, description = {
    "Every indicator of one month by unit and by grid, by the engine, against reading every event and history line",
    "into Java one by one in the same run (both must agree); then the monthly PDF report. Without --db: the demo",
    "city generated into a temporary folder. Ends with one JSON line; exit 1 when a target is missed."})
public final class KpiBenchCommand implements Callable<Integer> {
    @Option(names = "--db", description = "Database to measure (file path or JDBC URL)")
    String db;

    @Option(names = "--runs", defaultValue = "7", description = "Measured engine runs (median)")
    int runs;

    @Option(names = "--scan-runs", defaultValue = "3", description = "Measured line-by-line runs (median)")
    int scanRuns;

    @Option(names = "--warm-ups", defaultValue = "2", description = "Engine runs before the measured ones, not"
            + " counted (a console that has run for a while has its code compiled by the JIT)")
    int warmUps;

    @Override
    public Integer call() throws Exception {
        return new KpiBench(db, runs, scanRuns, warmUps, System.out).run();
    }
}
