package org.gridcommand.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gridcommand.service.Backend;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.ParentCommand;

/** {@code gridcommand stats --db D}: counts per entity, and open / overdue events, as one JSON line. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Print counts per entity as JSON.")
final class StatsCommand implements Callable<Integer> {
    @ParentCommand
    RootCommand root;

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() {
        try (Backend backend = database.open()) {
            Map<String, Object> out = new LinkedHashMap<>(backend.city().tableCounts());
            var events = backend.city().eventCounts();
            out.put("open_events", events.open());
            out.put("overdue_events", events.overdue());
            System.out.println(Json.line(out));
            return 0;
        }
    }
}
