package org.gridcommand.geo.cluster;

/**
 * A kernel density estimate of points over a raster: how many points per unit of area are expected around each
 * cell, each point spread by a Gaussian of the given bandwidth. Unlike counts per cell, the surface is continuous —
 * no cell edges, no holes between neighbouring points — which is what a heat map should show. Points are binned into
 * the cells first (plus a margin of three bandwidths, so points just outside still warm the edge), then blurred by
 * the Gaussian in two passes (rows, then columns): cost grows with cells × kernel width, not with points × cells.
 * Pure computation in world coordinates; call it off the FX thread.
 */
public final class DensitySurface {
    private final int cols;
    private final int rows;
    private final double originX;
    private final double originY;
    private final double cellWorld;
    private final float[] values;
    private final float max;
    private final int counted;

    private DensitySurface(int cols, int rows, double originX, double originY, double cellWorld, float[] values,
            float max, int counted) {
        this.cols = cols;
        this.rows = rows;
        this.originX = originX;
        this.originY = originY;
        this.cellWorld = cellWorld;
        this.values = values;
        this.max = max;
        this.counted = counted;
    }

    /**
     * The surface of the points {@code (x[i], y[i])} with {@code time[i] >= fromEpochSecond}, over {@code cols ×
     * rows} cells of {@code cellWorld} from {@code (originX, originY)} (the north-west corner), each point spread by
     * a Gaussian of standard deviation {@code bandwidthWorld}. All lengths in the same world units.
     */
    public static DensitySurface estimate(double[] x, double[] y, long[] time, long fromEpochSecond, double originX,
            double originY, int cols, int rows, double cellWorld, double bandwidthWorld) {
        double sigma = Math.max(0.5, bandwidthWorld / cellWorld);
        int radius = (int) Math.ceil(3 * sigma);
        int w = cols + 2 * radius;
        int h = rows + 2 * radius;
        float[] bins = new float[w * h];
        int counted = 0;
        for (int i = 0; i < x.length; i++) {
            if (time[i] < fromEpochSecond) {
                continue;
            }
            int c = (int) Math.floor((x[i] - originX) / cellWorld) + radius;
            int r = (int) Math.floor((y[i] - originY) / cellWorld) + radius;
            if (c < 0 || r < 0 || c >= w || r >= h) {
                continue;
            }
            bins[r * w + c]++;
            if (c >= radius && c < radius + cols && r >= radius && r < radius + rows) {
                counted++;
            }
        }
        float[] kernel = gaussian(sigma, radius);
        float[] across = new float[w * h];
        for (int r = 0; r < h; r++) {
            int row = r * w;
            for (int c = 0; c < w; c++) {
                float v = bins[row + c];
                if (v == 0) {
                    continue;
                }
                // scatter: most bins are empty, so spreading the few full ones is cheaper than gathering
                int from = Math.max(0, c - radius);
                int to = Math.min(w - 1, c + radius);
                for (int k = from; k <= to; k++) {
                    across[row + k] += v * kernel[k - c + radius];
                }
            }
        }
        float[] values = new float[cols * rows];
        float max = 0;
        for (int c = 0; c < cols; c++) {
            int wc = c + radius;
            for (int r = 0; r < rows; r++) {
                int wr = r + radius;
                float sum = 0;
                for (int k = -radius; k <= radius; k++) {
                    sum += across[(wr + k) * w + wc] * kernel[k + radius];
                }
                // per cell area: points per square world unit
                float density = (float) (sum / (cellWorld * cellWorld));
                values[r * cols + c] = density;
                max = Math.max(max, density);
            }
        }
        return new DensitySurface(cols, rows, originX, originY, cellWorld, values, max, counted);
    }

    /** A normalised Gaussian over {@code -radius..radius} cells (its weights sum to 1: points are conserved). */
    private static float[] gaussian(double sigma, int radius) {
        float[] k = new float[2 * radius + 1];
        double sum = 0;
        for (int i = -radius; i <= radius; i++) {
            double v = Math.exp(-(i * i) / (2 * sigma * sigma));
            k[i + radius] = (float) v;
            sum += v;
        }
        for (int i = 0; i < k.length; i++) {
            k[i] /= (float) sum;
        }
        return k;
    }

    public int cols() {
        return cols;
    }

    public int rows() {
        return rows;
    }

    /** Density at a cell, in points per square world unit. */
    public float value(int col, int row) {
        return values[row * cols + col];
    }

    /** The highest density of the surface (0 when no point counted). */
    public float max() {
        return max;
    }

    /** Points in the time window that lie on the surface (not in its margin). */
    public int counted() {
        return counted;
    }

    /** World x of the west edge of the surface. */
    public double originX() {
        return originX;
    }

    /** World y of the north edge of the surface. */
    public double originY() {
        return originY;
    }

    public double cellWorld() {
        return cellWorld;
    }
}
