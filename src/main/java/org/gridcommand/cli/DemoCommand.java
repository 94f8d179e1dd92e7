package org.gridcommand.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gridcommand.demo.DemoCityService;
import org.gridcommand.demo.DemoScale;
import org.gridcommand.demo.DemoSummary;
import org.gridcommand.service.Backend;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code gridcommand demo --db D [--seed N]}: creates the demo city in an empty database. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Create the demo city (明湖区) in an empty database. Refuses a database that holds a city.")
final class DemoCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Mixin
    DatabaseOptions database;

    @Option(names = "--seed", paramLabel = "N", description = "Seed; the same seed gives the same city. "
            + "Default: ${DEFAULT-VALUE}", defaultValue = "" + DemoCityService.DEFAULT_SEED)
    long seed;

    /** For tests that kill the generator many times: every kind of data, few of each. */
    @Option(names = "--scale", hidden = true, defaultValue = "full")
    String scale;

    @Override
    public Integer call() {
        BulkLoadCompaction compaction = database.bulkLoadCompaction();
        try (Backend backend = database.openOrCreate()) {
            if (DemoCityService.of(backend).hasCity()) {
                System.err.println("gridcommand: " + backend.describeDatabase() + " already holds a city; nothing "
                        + "was changed. Use a new --db for the demo.");
                return 1;
            }
            int[] lastPercent = {-1};
            DemoScale size = "small".equalsIgnoreCase(scale) ? DemoScale.SMALL : DemoScale.FULL;
            DemoSummary summary = DemoCityService.of(backend).create(seed, size, (step, fraction) -> {
                int percent = (int) Math.round(fraction * 100);
                if (percent != lastPercent[0]) {
                    lastPercent[0] = percent;
                    System.err.printf("[%3d%%] %s%n", percent, step);
                }
            });
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("database", backend.describeDatabase());
            out.put("seed", seed);
            out.put("demo_generation_ms", summary.millis());
            out.put("counts", summary.counts());
            System.out.println(Json.line(out));
        }
        compaction.afterLoad(new CliMessages(root.locale()), System.err);
        return 0;
    }
}
