package org.gridcommand.ui.mapwall.tools;

import java.util.List;
import org.gridcommand.geo.Wgs84;
import org.gridcommand.geo.index.GeoQueries;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.util.GeometryFixer;

/** The arithmetic of the measuring tools, on WGS84 lon/lat: lengths along the earth, shapes to select with. */
final class Measure {
    static final int CIRCLE_SIDES = 72;

    private Measure() {
    }

    /** Great-circle length of the path through {@code points} ({lon, lat} pairs), in metres. */
    static double pathMeters(List<double[]> points) {
        double sum = 0;
        for (int i = 1; i < points.size(); i++) {
            double[] a = points.get(i - 1);
            double[] b = points.get(i);
            sum += Wgs84.distanceMeters(a[0], a[1], b[0], b[1]);
        }
        return sum;
    }

    /** A circle of {@code meters} around {@code centre} as a polygon with {@link #CIRCLE_SIDES} corners. */
    static Polygon circle(double[] centre, double meters) {
        return (Polygon) GeoQueries.circle(centre[0], centre[1], Math.max(meters, 0.01),
                CIRCLE_SIDES);
    }

    /** The box with opposite corners {@code a} and {@code b} ({lon, lat}). */
    static Polygon box(double[] a, double[] b) {
        double w = Math.min(a[0], b[0]);
        double e = Math.max(a[0], b[0]);
        double s = Math.min(a[1], b[1]);
        double n = Math.max(a[1], b[1]);
        return Wgs84.FACTORY.createPolygon(new Coordinate[] {new Coordinate(w, s), new Coordinate(e, s),
            new Coordinate(e, n), new Coordinate(w, n), new Coordinate(w, s)});
    }

    /** The polygon through {@code corners} (closed here), made valid if the officer drew a figure eight. */
    static Geometry polygon(List<double[]> corners) {
        Coordinate[] ring = new Coordinate[corners.size() + 1];
        for (int i = 0; i < corners.size(); i++) {
            ring[i] = new Coordinate(corners.get(i)[0], corners.get(i)[1]);
        }
        ring[corners.size()] = ring[0];
        Polygon p = Wgs84.FACTORY.createPolygon(ring);
        return p.isValid() ? p : GeometryFixer.fix(p);
    }

    /** Area of a lon/lat shape in square metres (local equirectangular projection: fine at city scale). */
    static double areaM2(Geometry shape) {
        double lat = shape.getCentroid().getY();
        double mPerDegLat = Math.toRadians(1) * Wgs84.EARTH_RADIUS_M;
        double mPerDegLon = mPerDegLat * Math.cos(Math.toRadians(lat));
        return shape.getArea() * mPerDegLat * mPerDegLon;
    }
}
