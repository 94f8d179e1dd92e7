package org.gridcommand.demo;

import java.util.SplittableRandom;
import org.gridcommand.geo.Wgs84;
import org.gridcommand.geo.partition.VoronoiPartition;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

/**
 * The fictional district 明湖区: an irregular outline of about 21 × 16 km west of Hangzhou's real centre, its
 * centre, and how built-up each place is (the population density that makes central cells smaller).
 */
final class CityOutline {
    static final double CENTER_LON = 120.21;
    static final double CENTER_LAT = 30.255;
    /** Half of the bounding box (lon 120.10–120.32, lat 30.18–30.33). */
    static final double HALF_WIDTH = 0.11;
    static final double HALF_HEIGHT = 0.075;
    /** Metres per degree at the district's latitude, for sizes given in metres. */
    static final double M_PER_DEG_LON = 111_320 * Math.cos(Math.toRadians(CENTER_LAT));
    static final double M_PER_DEG_LAT = 110_950;

    private static final int VERTICES = 240;

    private final Polygon boundary;

    CityOutline(SplittableRandom random) {
        // a star-shaped outline: radius varies by a few low harmonics, so it looks like a drawn boundary, not a box
        int harmonics = 6;
        double[] amplitude = new double[harmonics];
        double[] phase = new double[harmonics];
        for (int k = 0; k < harmonics; k++) {
            amplitude[k] = (0.05 + random.nextDouble() * 0.05) / (1 + k * 0.6);
            phase[k] = random.nextDouble() * 2 * Math.PI;
        }
        Coordinate[] ring = new Coordinate[VERTICES + 1];
        for (int i = 0; i < VERTICES; i++) {
            double theta = 2 * Math.PI * i / VERTICES;
            double r = 0.86;
            for (int k = 0; k < harmonics; k++) {
                r += amplitude[k] * Math.sin((k + 2) * theta + phase[k]);
            }
            r += 0.012 * (random.nextDouble() - 0.5); // small wiggle, like a boundary following field edges
            r = Math.max(0.62, Math.min(1.0, r));
            Coordinate c = new Coordinate(CENTER_LON + HALF_WIDTH * r * Math.cos(theta),
                    CENTER_LAT + HALF_HEIGHT * r * Math.sin(theta));
            ring[i] = c;
        }
        ring[VERTICES] = new Coordinate(ring[0]);
        boundary = VoronoiPartition.onGrid(Wgs84.FACTORY.createPolygon(ring));
    }

    Polygon boundary() {
        return boundary;
    }

    /**
     * How built-up a place is, 0.15 (fields at the edge) to 1 (the centre), smoothly falling with distance: the
     * chance that a seed point is kept, and the weight that hands out communities and grids.
     */
    static double density(double lon, double lat) {
        double dx = (lon - CENTER_LON) / HALF_WIDTH;
        double dy = (lat - CENTER_LAT) / HALF_HEIGHT;
        return 0.15 + 0.85 * Math.exp(-(dx * dx + dy * dy) / (2 * 0.33 * 0.33));
    }

    /** Distance in metres between two positions, on the local plane (good to 0.1 % inside the district). */
    static double metres(Coordinate a, Coordinate b) {
        double dx = (a.x - b.x) * M_PER_DEG_LON;
        double dy = (a.y - b.y) * M_PER_DEG_LAT;
        return Math.sqrt(dx * dx + dy * dy);
    }
}
