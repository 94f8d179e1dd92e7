package org.gridcommand.geo.cluster;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Groups dense points into cells of a fixed size in screen pixels at an integer zoom. The cells are anchored to the
 * world (not to the screen), and a cell on the edge of the view is gathered whole, so panning never moves or
 * re-counts a cluster; zooming in one level halves the ground a cell covers, so clusters split as you zoom.
 */
public final class GridClustering {
    private final double cellPixels;

    /** {@code cellPixels}: the side of a cell on screen, about the size a cluster symbol needs. */
    public GridClustering(double cellPixels) {
        if (cellPixels <= 0) {
            throw new IllegalArgumentException("cell size must be positive");
        }
        this.cellPixels = cellPixels;
    }

    /**
     * The clusters of the points of {@code index} accepted by {@code wanted} whose cell meets the world box
     * {@code [minX, maxX] × [minY, maxY]} at {@code zoom} (its integer part: fractional zooms keep the clusters of
     * the level below, so a wheel step does not reshuffle them). {@code rank} gives each point's severity.
     */
    public List<Cluster> clusters(PointIndex index, int zoom, double minX, double minY, double maxX, double maxY,
            IntPredicate wanted, int[] rank) {
        double cell = cellWorld(zoom);
        double x0 = Math.floor(minX / cell) * cell;
        double y0 = Math.floor(minY / cell) * cell;
        double x1 = (Math.floor(maxX / cell) + 1) * cell;
        double y1 = (Math.floor(maxY / cell) + 1) * cell;
        Map<Long, Acc> cells = new HashMap<>();
        index.query(x0, y0, x1, y1, i -> {
            if (!wanted.test(i)) {
                return;
            }
            long cx = (long) Math.floor(index.x(i) / cell);
            long cy = (long) Math.floor(index.y(i) / cell);
            cells.computeIfAbsent(cx << 32 ^ (cy & 0xffffffffL), k -> new Acc(i)).add(i, index, rank);
        });
        List<Cluster> out = new ArrayList<>(cells.size());
        for (Acc a : cells.values()) {
            out.add(new Cluster(a.sumX / a.count, a.sumY / a.count, a.count, a.first, a.worst));
        }
        // deterministic drawing order: the same clusters draw the same way on every frame
        out.sort((a, b) -> a.first() - b.first());
        return out;
    }

    /** The side of a cell in world units (zoom 0 pixels) at {@code zoom}. */
    public double cellWorld(int zoom) {
        return cellPixels / Math.pow(2, zoom);
    }

    private static final class Acc {
        final int first;
        int count;
        double sumX;
        double sumY;
        int worst = Integer.MIN_VALUE;

        Acc(int first) {
            this.first = first;
        }

        void add(int i, PointIndex index, int[] rank) {
            count++;
            sumX += index.x(i);
            sumY += index.y(i);
            worst = Math.max(worst, rank == null ? 0 : rank[i]);
        }
    }
}
