package org.gridcommand.service.resources;

import java.util.Iterator;
import org.gridcommand.geo.nearest.Neighbour;

/**
 * Nearest-first lookups over one {@link ResourceSnapshot}. Iterators are lazy: take what you need and stop.
 * {@link ResourceIndex} answers from spatial indexes; {@code bench.emergency.ResourceScan} scans everything (the
 * bench's baseline).
 */
public interface ResourceFinder {
    /** Warehouses holding {@code itemCode} with something still available, nearest first. */
    Iterator<Neighbour<StockSnapshot>> availableStock(String itemCode, double lon, double lat);

    /** AVAILABLE teams with {@code skill}, nearest first. */
    Iterator<Neighbour<TeamSnapshot>> availableTeams(String skill, double lon, double lat);

    /** Available experts in {@code field}, nearest first. */
    Iterator<Neighbour<ExpertSnapshot>> availableExperts(String field, double lon, double lat);

    ResourceSnapshot snapshot();
}
