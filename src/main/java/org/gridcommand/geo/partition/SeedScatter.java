package org.gridcommand.geo.partition;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.ToDoubleBiFunction;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/**
 * Picks seed points for a {@link VoronoiPartition}: inside the parent, denser where {@code density} is higher,
 * and not too close to each other (a cell squeezed between two near seeds would be implausibly thin).
 * Deterministic for a given random generator state.
 */
public final class SeedScatter {
    private static final int TRIES_PER_SEED = 400;

    private SeedScatter() {
    }

    /**
     * {@code count} distinct points inside {@code area}.
     *
     * @param density relative weight (lon, lat) → 0..1; points are accepted with that probability
     */
    public static List<Coordinate> scatter(Polygon area, int count, SplittableRandom random,
                                           ToDoubleBiFunction<Double, Double> density) {
        IndexedPointInAreaLocator inside = new IndexedPointInAreaLocator(area);
        Envelope env = area.getEnvelopeInternal();
        double spacing = 0.45 * Math.sqrt(area.getArea() / count);
        List<Coordinate> seeds = new ArrayList<>(count);
        int tries = 0;
        while (seeds.size() < count) {
            // after many rejections the spacing rule relaxes, so a small or thin parent still gets its seeds
            double minDistance = tries++ > TRIES_PER_SEED * count ? spacing * 0.05 : spacing;
            Coordinate c = new Coordinate(env.getMinX() + random.nextDouble() * env.getWidth(),
                    env.getMinY() + random.nextDouble() * env.getHeight());
            VoronoiPartition.GRID.makePrecise(c);
            if (inside.locate(c) != Location.INTERIOR || random.nextDouble() > density.applyAsDouble(c.x, c.y)) {
                continue;
            }
            if (farFromAll(c, seeds, minDistance)) {
                seeds.add(c);
            }
        }
        return seeds;
    }

    /**
     * Lloyd relaxation: moves each seed to the centre of its cell, which evens out cell sizes and shapes (real
     * grids are drawn to similar household counts, so they are rounder than raw Voronoi cells).
     */
    public static List<Coordinate> relax(Polygon area, List<Coordinate> seeds, int iterations) {
        List<Coordinate> current = seeds;
        for (int i = 0; i < iterations && current.size() > 1; i++) {
            List<Coordinate> next = new ArrayList<>(current.size());
            for (Polygon cell : VoronoiPartition.split(area, current)) {
                Coordinate c = cell.getInteriorPoint().getCoordinate();
                Coordinate centroid = cell.getCentroid().getCoordinate();
                // the centroid of a concave cell can lie outside it; the interior point never does
                Coordinate chosen = cell.contains(cell.getFactory().createPoint(centroid)) ? centroid : c;
                Coordinate precise = new Coordinate(chosen);
                VoronoiPartition.GRID.makePrecise(precise);
                if (farFromAll(precise, next, 1e-6)) {
                    next.add(precise);
                }
            }
            if (next.size() != current.size()) {
                return current; // a cell vanished: keep the seeds that gave the right count
            }
            current = next;
        }
        return current;
    }

    private static boolean farFromAll(Coordinate c, List<Coordinate> seeds, double minDistance) {
        for (Coordinate s : seeds) {
            if (s.distance(c) < minDistance) {
                return false;
            }
        }
        return true;
    }
}
