package org.gridcommand.geo.cluster;

import java.util.function.IntConsumer;
import java.util.function.IntPredicate;

/**
 * A bucket grid over fixed points in Web Mercator world coordinates (zoom 0, 0..256), built once per data load:
 * each redraw asks only for the points in view. For points that never move a flat grid beats a tree — a query is a
 * few array scans and allocates nothing.
 */
public final class PointIndex {
    private final double[] x;
    private final double[] y;
    private final double minX;
    private final double minY;
    private final double cellSize;
    private final int cols;
    private final int rows;
    /** cellStart[c]..cellStart[c+1] index into {@link #items}: the points of cell c (compressed rows). */
    private final int[] cellStart;
    private final int[] items;

    /** Indexes the points {@code (x[i], y[i])}; the arrays are kept, not copied, and must not change. */
    public PointIndex(double[] x, double[] y) {
        if (x.length != y.length) {
            throw new IllegalArgumentException("x and y differ in length");
        }
        this.x = x;
        this.y = y;
        int n = x.length;
        double x0 = Double.MAX_VALUE;
        double y0 = Double.MAX_VALUE;
        double x1 = -Double.MAX_VALUE;
        double y1 = -Double.MAX_VALUE;
        for (int i = 0; i < n; i++) {
            x0 = Math.min(x0, x[i]);
            y0 = Math.min(y0, y[i]);
            x1 = Math.max(x1, x[i]);
            y1 = Math.max(y1, y[i]);
        }
        if (n == 0) {
            x0 = y0 = 0;
            x1 = y1 = 1;
        }
        // about four points per cell
        int side = Math.max(1, (int) Math.ceil(Math.sqrt(n / 4.0)));
        double span = Math.max(Math.max(x1 - x0, y1 - y0), 1e-9);
        this.minX = x0;
        this.minY = y0;
        this.cellSize = span / side * (1 + 1e-9);
        this.cols = side;
        this.rows = side;
        int[] counts = new int[cols * rows + 1];
        int[] cellOf = new int[n];
        for (int i = 0; i < n; i++) {
            cellOf[i] = cell(col(x[i]), row(y[i]));
            counts[cellOf[i] + 1]++;
        }
        for (int c = 0; c < cols * rows; c++) {
            counts[c + 1] += counts[c];
        }
        this.cellStart = counts.clone();
        this.items = new int[n];
        int[] fill = counts;
        for (int i = 0; i < n; i++) {
            items[fill[cellOf[i]]++] = i;
        }
    }

    public int size() {
        return x.length;
    }

    public double x(int i) {
        return x[i];
    }

    public double y(int i) {
        return y[i];
    }

    /** Calls {@code each} with the index of every point inside the box (edges included), in no particular order. */
    public void query(double qMinX, double qMinY, double qMaxX, double qMaxY, IntConsumer each) {
        if (x.length == 0) {
            return;
        }
        int c0 = col(qMinX);
        int c1 = col(qMaxX);
        int r0 = row(qMinY);
        int r1 = row(qMaxY);
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                int cell = cell(c, r);
                for (int k = cellStart[cell]; k < cellStart[cell + 1]; k++) {
                    int i = items[k];
                    if (x[i] >= qMinX && x[i] <= qMaxX && y[i] >= qMinY && y[i] <= qMaxY) {
                        each.accept(i);
                    }
                }
            }
        }
    }

    /** The point nearest to (px, py) within {@code radius} accepted by {@code wanted}, or -1. */
    public int nearest(double px, double py, double radius, IntPredicate wanted) {
        double[] best = {radius * radius};
        int[] found = {-1};
        query(px - radius, py - radius, px + radius, py + radius, i -> {
            double dx = x[i] - px;
            double dy = y[i] - py;
            double d = dx * dx + dy * dy;
            if (d <= best[0] && wanted.test(i)) {
                best[0] = d;
                found[0] = i;
            }
        });
        return found[0];
    }

    private int col(double wx) {
        return clamp((int) Math.floor((wx - minX) / cellSize), cols);
    }

    private int row(double wy) {
        return clamp((int) Math.floor((wy - minY) / cellSize), rows);
    }

    private int cell(int c, int r) {
        return r * cols + c;
    }

    private static int clamp(int v, int n) {
        return v < 0 ? 0 : Math.min(v, n - 1);
    }
}
