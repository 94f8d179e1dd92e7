package org.gridcommand.demo;

import java.util.Map;

/**
 * What {@link DemoCityService#create} wrote: rows per table (keyed by table name, e.g. {@code "area"},
 * {@code "event"}) and how long it took in milliseconds.
 */
public record DemoSummary(Map<String, Long> counts, long millis) {
    public DemoSummary {
        counts = Map.copyOf(counts);
    }

    /** Rows written into {@code table} (0 if none). */
    public long count(String table) {
        return counts.getOrDefault(table, 0L);
    }
}
