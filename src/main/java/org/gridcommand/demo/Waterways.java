package org.gridcommand.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.gridcommand.geo.Wgs84;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Polygon;

/** The river 明湖江, meandering west→east across the district, and three lakes. */
final class Waterways {
    record Lake(String name, Polygon shape) {
    }

    /** The river's centre line, from beyond the western edge to beyond the eastern one. */
    final LineString centreLine;
    /** The river band (about 220 m wide), cut to the district. */
    final Geometry river;
    final List<Lake> lakes = new ArrayList<>();
    /** River and lakes together, what blocks and parks must stay out of. */
    final Geometry allWater;

    Waterways(CityOutline outline, SplittableRandom random) {
        double phase1 = random.nextDouble() * 2 * Math.PI;
        double phase2 = random.nextDouble() * 2 * Math.PI;
        int n = 160;
        Coordinate[] line = new Coordinate[n + 1];
        for (int i = 0; i <= n; i++) {
            double t = (double) i / n;
            double lon = CityOutline.CENTER_LON - 0.13 + 0.26 * t;
            // two sine waves make the meanders irregular; the river sits a little south of the centre
            double lat = CityOutline.CENTER_LAT - 0.012 + 0.010 * Math.sin(2 * Math.PI * 1.6 * t + phase1)
                    + 0.004 * Math.sin(2 * Math.PI * 4.1 * t + phase2);
            line[i] = new Coordinate(lon, lat);
        }
        centreLine = Wgs84.FACTORY.createLineString(line);
        river = LocalPlane.buffer(centreLine, 110).intersection(outline.boundary());

        double[][] places = {{0.005, 0.022, 700}, {0.055, -0.033, 420}, {-0.07, 0.035, 380}};
        for (int i = 0; i < places.length; i++) {
            Coordinate centre = new Coordinate(CityOutline.CENTER_LON + places[i][0],
                    CityOutline.CENTER_LAT + places[i][1]);
            Geometry blob = LocalPlane.buffer(blob(centre, places[i][2], random), 0).intersection(outline.boundary());
            if (blob instanceof Polygon p && !p.isEmpty()) {
                lakes.add(new Lake(PlaceNames.LAKES.get(i), p));
            }
        }
        List<Geometry> water = new ArrayList<>();
        water.add(river);
        lakes.forEach(l -> water.add(l.shape()));
        allWater = Wgs84.FACTORY.buildGeometry(water).union();
    }

    /** A lake-like shape: a circle whose radius wanders by ±25 %. */
    private static Polygon blob(Coordinate centre, double radiusMetres, SplittableRandom random) {
        double p1 = random.nextDouble() * 6.28;
        double p2 = random.nextDouble() * 6.28;
        int n = 48;
        Coordinate[] ring = new Coordinate[n + 1];
        for (int i = 0; i < n; i++) {
            double a = 2 * Math.PI * i / n;
            double r = radiusMetres * (1 + 0.15 * Math.sin(2 * a + p1) + 0.1 * Math.sin(3 * a + p2));
            ring[i] = new Coordinate(centre.x + r * Math.cos(a) / CityOutline.M_PER_DEG_LON,
                    centre.y + r * Math.sin(a) / CityOutline.M_PER_DEG_LAT);
        }
        ring[n] = new Coordinate(ring[0]);
        return Wgs84.FACTORY.createPolygon(ring);
    }
}
