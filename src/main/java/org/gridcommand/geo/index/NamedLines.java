package org.gridcommand.geo.index;

import java.util.List;
import java.util.Optional;
import org.gridcommand.geo.Wgs84;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.index.strtree.STRtree;
import org.locationtech.jts.operation.distance.DistanceOp;

/**
 * Named lines (roads) by place: which named road is nearest to a point, to say where a place is in words ("明湖环路
 * 附近"). Built once from the base map's roads; read-only and safe to share afterwards.
 */
public final class NamedLines {
    /** A named line: a road and its WGS84 lon/lat geometry. */
    public record Line(String name, Geometry geometry) {
    }

    private final STRtree tree = new STRtree();
    private final int size;

    public NamedLines(List<Line> lines) {
        int n = 0;
        for (Line l : lines) {
            if (l.name() != null && !l.name().isBlank() && l.geometry() != null && !l.geometry().isEmpty()) {
                tree.insert(l.geometry().getEnvelopeInternal(), l);
                n++;
            }
        }
        tree.build();
        size = n;
    }

    /** None: a city without named roads on record. */
    public static NamedLines none() {
        return new NamedLines(List.of());
    }

    public int size() {
        return size;
    }

    /** The name of the line nearest to the place, if one is within {@code maxMeters} of it. */
    public Optional<String> nearest(double lon, double lat, double maxMeters) {
        // degrees of latitude and longitude that span maxMeters here, for the index's box
        double dLat = Math.toDegrees(maxMeters / Wgs84.EARTH_RADIUS_M);
        double dLon = dLat / Math.max(0.01, Math.cos(Math.toRadians(lat)));
        Envelope box = new Envelope(lon - dLon, lon + dLon, lat - dLat, lat + dLat);
        Geometry at = Wgs84.point(lon, lat);
        String best = null;
        double bestMeters = maxMeters;
        for (Object o : tree.query(box)) {
            Line l = (Line) o;
            Coordinate[] closest = DistanceOp.nearestPoints(l.geometry(), at);
            double meters = Wgs84.distanceMeters(lon, lat, closest[0].x, closest[0].y);
            if (meters <= bestMeters) {
                bestMeters = meters;
                best = l.name();
            }
        }
        return Optional.ofNullable(best);
    }
}
