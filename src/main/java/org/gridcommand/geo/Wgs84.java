package org.gridcommand.geo;

import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * WGS84 lon/lat (EPSG:4326), the only coordinate system stored anywhere in GridCommand. Every geometry is built
 * through {@link #FACTORY}: mixed SRIDs fail on both databases, and H2 rejects SRID 0.
 */
public final class Wgs84 {
    public static final int SRID = 4326;

    /** Immutable and thread-safe. */
    public static final GeometryFactory FACTORY = new GeometryFactory(new PrecisionModel(), SRID);

    /** Mean Earth radius (m), for distances on the sphere. */
    public static final double EARTH_RADIUS_M = 6_371_008.8;

    private Wgs84() {
    }

    public static Point point(double lon, double lat) {
        return FACTORY.createPoint(new Coordinate(lon, lat));
    }

    /** Great-circle distance in metres between two lon/lat positions. */
    public static double distanceMeters(double lon1, double lat1, double lon2, double lat2) {
        double p1 = Math.toRadians(lat1);
        double p2 = Math.toRadians(lat2);
        double dp = p2 - p1;
        double dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2)
                + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(a)));
    }
}
