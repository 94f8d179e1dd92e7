package org.gridcommand.geo.index;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.gridcommand.geo.Wgs84;
import org.gridcommand.geo.nearest.NearestIndex;
import org.gridcommand.geo.nearest.Neighbour;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * The questions every feature asks of point things on the map (cameras, sensors, events, warehouses, teams):
 * the k nearest to a place, those within a radius, those inside a drawn or planned shape. Distances are
 * great-circle metres; shapes are WGS84 lon/lat polygons (a point on the shape's edge counts as inside).
 * Immutable and safe to share between threads once built.
 *
 * @param <T> what is indexed
 */
public final class GeoQueries<T> {
    private final List<T> items;
    private final double[] lons;
    private final double[] lats;
    private final NearestIndex<T> nearest;
    private final STRtree boxes = new STRtree();

    private GeoQueries(List<T> items, ToDoubleFunction<T> lon, ToDoubleFunction<T> lat) {
        this.items = List.copyOf(items);
        lons = new double[this.items.size()];
        lats = new double[this.items.size()];
        for (int i = 0; i < lons.length; i++) {
            lons[i] = lon.applyAsDouble(this.items.get(i));
            lats[i] = lat.applyAsDouble(this.items.get(i));
            boxes.insert(new Envelope(lons[i], lons[i], lats[i], lats[i]), i);
        }
        boxes.build();
        nearest = NearestIndex.of(this.items, lon, lat);
    }

    /** Indexes {@code items} at the positions the two functions give (WGS84 degrees). */
    public static <T> GeoQueries<T> of(List<T> items, ToDoubleFunction<T> lon, ToDoubleFunction<T> lat) {
        return new GeoQueries<>(items, lon, lat);
    }

    public int size() {
        return items.size();
    }

    /** The {@code k} items nearest to (lon, lat), nearest first, with their distances. */
    public List<Neighbour<T>> nearest(double lon, double lat, int k) {
        return nearest.nearest(lon, lat, k, t -> true);
    }

    /** Items at most {@code meters} from (lon, lat), nearest first. */
    public List<Neighbour<T>> withinRadius(double lon, double lat, double meters) {
        List<Neighbour<T>> result = new ArrayList<>();
        for (Iterator<Neighbour<T>> it = nearest.nearestFirst(lon, lat); it.hasNext(); ) {
            Neighbour<T> n = it.next();
            if (n.distanceMeters() > meters) {
                break;
            }
            result.add(n);
        }
        return result;
    }

    /** Items inside {@code shape} or on its edge, in the order they were given. */
    public List<T> within(Geometry shape) {
        if (shape == null || shape.isEmpty()) {
            return List.of();
        }
        IndexedPointInAreaLocator inside = new IndexedPointInAreaLocator(shape);
        List<Integer> hits = new ArrayList<>();
        Coordinate p = new Coordinate();
        for (Object o : boxes.query(shape.getEnvelopeInternal())) {
            int i = (Integer) o;
            p.x = lons[i];
            p.y = lats[i];
            if (inside.locate(p) != Location.EXTERIOR) {
                hits.add(i);
            }
        }
        hits.sort(null);
        List<T> result = new ArrayList<>(hits.size());
        hits.forEach(i -> result.add(items.get(i)));
        return result;
    }

    /**
     * A circle of {@code meters} around (lon, lat) as a lon/lat polygon (a local equirectangular approximation,
     * good to centimetres at city scale), e.g. to draw a radius or pass it where a shape is expected.
     */
    public static Geometry circle(double lon, double lat, double meters, int sides) {
        Coordinate[] ring = new Coordinate[sides + 1];
        double dLat = Math.toDegrees(meters / Wgs84.EARTH_RADIUS_M);
        double dLon = dLat / Math.cos(Math.toRadians(lat));
        for (int i = 0; i < sides; i++) {
            double a = 2 * Math.PI * i / sides;
            ring[i] = new Coordinate(lon + dLon * Math.cos(a), lat + dLat * Math.sin(a));
        }
        ring[sides] = ring[0];
        return Wgs84.FACTORY.createPolygon(ring);
    }
}
