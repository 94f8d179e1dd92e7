package org.gridcommand.geo;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.io.ParseException;
import org.locationtech.jts.io.WKBReader;

/**
 * Reads a stored point (its WKB, {@code ST_AsBinary(column)}) in Java instead of with {@code ST_X}/{@code ST_Y} in
 * SQL, where one bad row fails the whole query: H2GIS throws on {@code ST_X(POINT EMPTY)}. Callers then skip that
 * one row with a warning. Stateless and thread-safe.
 */
public final class StoredPoint {
    private StoredPoint() {
    }

    /**
     * {lon, lat} of the point in {@code wkb}; null for SQL NULL (no position).
     *
     * @throws IllegalArgumentException for an empty point, non-finite or out-of-range coordinates, or bytes that
     *                                  are not a point — the reason names what is wrong
     */
    public static double[] lonLat(byte[] wkb) {
        if (wkb == null) {
            return null;
        }
        Geometry g;
        try {
            g = new WKBReader().read(wkb);
        } catch (ParseException | RuntimeException e) {
            throw new IllegalArgumentException("the stored position cannot be read (" + e.getMessage() + ")");
        }
        if (!(g instanceof Point p)) {
            throw new IllegalArgumentException("the stored position is a " + g.getGeometryType() + ", not a point");
        }
        if (p.isEmpty()) {
            throw new IllegalArgumentException("the stored position is empty (POINT EMPTY)");
        }
        double lon = p.getX();
        double lat = p.getY();
        if (!Double.isFinite(lon) || !Double.isFinite(lat) || Math.abs(lon) > 180 || Math.abs(lat) > 90) {
            throw new IllegalArgumentException("the stored position " + lon + ", " + lat + " is not a lon/lat");
        }
        return new double[] {lon, lat};
    }
}
