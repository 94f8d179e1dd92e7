package org.gridcommand.geo.cluster;

/**
 * How many points fall into each cell of a grid laid over the view: the heat map. Cells are anchored to the world
 * at the given zoom so the picture holds still while panning. Points outside the time window (before
 * {@code fromEpochSecond}) do not count.
 */
public final class DensityGrid {
    private final int cols;
    private final int rows;
    private final double originX;
    private final double originY;
    private final double cellWorld;
    private final int[] counts;
    private int max;
    private int total;

    private DensityGrid(int cols, int rows, double originX, double originY, double cellWorld) {
        this.cols = cols;
        this.rows = rows;
        this.originX = originX;
        this.originY = originY;
        this.cellWorld = cellWorld;
        this.counts = new int[cols * rows];
    }

    /**
     * Counts the points {@code (x[i], y[i])} (world coordinates) with {@code time[i] >= fromEpochSecond} into cells of
     * {@code cellPixels} at {@code zoom}, over the world box given.
     */
    public static DensityGrid count(double[] x, double[] y, long[] time, long fromEpochSecond, double zoom,
            double cellPixels, double minX, double minY, double maxX, double maxY) {
        double cell = cellPixels / Math.pow(2, zoom);
        double ox = Math.floor(minX / cell) * cell;
        double oy = Math.floor(minY / cell) * cell;
        int cols = Math.max(1, (int) Math.ceil((maxX - ox) / cell));
        int rows = Math.max(1, (int) Math.ceil((maxY - oy) / cell));
        DensityGrid g = new DensityGrid(cols, rows, ox, oy, cell);
        for (int i = 0; i < x.length; i++) {
            if (time[i] < fromEpochSecond) {
                continue;
            }
            int c = (int) Math.floor((x[i] - ox) / cell);
            int r = (int) Math.floor((y[i] - oy) / cell);
            if (c < 0 || r < 0 || c >= cols || r >= rows) {
                continue;
            }
            int v = ++g.counts[r * cols + c];
            g.max = Math.max(g.max, v);
            g.total++;
        }
        return g;
    }

    public int cols() {
        return cols;
    }

    public int rows() {
        return rows;
    }

    public int count(int col, int row) {
        return counts[row * cols + col];
    }

    /** The densest cell's count (0 when nothing counted). */
    public int max() {
        return max;
    }

    /** Points counted over the whole grid. */
    public int total() {
        return total;
    }

    /** World x of the west edge of column {@code col}. */
    public double cellX(int col) {
        return originX + col * cellWorld;
    }

    /** World y of the north edge of row {@code row}. */
    public double cellY(int row) {
        return originY + row * cellWorld;
    }

    public double cellWorld() {
        return cellWorld;
    }
}
