package org.gridcommand.service.event;

/**
 * Finds the micro-grid, grid, community and street that contain a WGS84 point. {@link SqlAreaLocator} asks the
 * database; an in-memory spatial index (the map wall's) can implement the same contract. Thread-safe.
 */
public interface AreaLocator {
    /** The areas containing (lon, lat), or {@link Location#OUTSIDE_EVERY_GRID}; never null. */
    Location locate(double lon, double lat);
}
