package org.gridcommand.geo.nearest;

/**
 * An item found near a query point, with its great-circle distance in metres.
 *
 * @param <T> what was indexed
 */
public record Neighbour<T>(T item, double lon, double lat, double distanceMeters) {
}
