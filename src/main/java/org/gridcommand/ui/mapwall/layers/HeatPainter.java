package org.gridcommand.ui.mapwall.layers;

import java.time.Instant;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.gridcommand.geo.cluster.DensityGrid;
import org.gridcommand.geo.tiles.WebMercator;
import org.gridcommand.service.map.MapPoints.EventHistory;

/**
 * The heat map: events reported within the chosen window, counted into screen cells of {@link #CELL_PX} and painted
 * from cool (few) to hot (the densest cell on screen). Positions are projected once per load.
 */
final class HeatPainter {
    static final double CELL_PX = 14;
    private EventHistory projectedFrom;
    private double[] x = new double[0];
    private double[] y = new double[0];
    private int lastTotal;

    /** Paints the window ending at {@code now}; returns how many events it counted. */
    int paint(GraphicsContext gc, MapFrame f, EventHistory history, Instant now, HeatWindow window) {
        project(history);
        long from = now.minus(window.span()).getEpochSecond();
        DensityGrid g = DensityGrid.count(x, y, history.reportedAtEpochSecond(), from, f.zoom(), CELL_PX,
                f.worldX(0), f.worldY(0), f.worldX(f.width()), f.worldY(f.height()));
        if (g.max() == 0) {
            lastTotal = 0;
            return 0;
        }
        double cell = g.cellWorld() * f.scale();
        double logMax = Math.log1p(g.max());
        for (int r = 0; r < g.rows(); r++) {
            for (int c = 0; c < g.cols(); c++) {
                int n = g.count(c, r);
                if (n == 0) {
                    continue;
                }
                double t = Math.log1p(n) / logMax;
                gc.setFill(ramp(t));
                double sx = f.screenX(g.cellX(c));
                double sy = f.screenY(g.cellY(r));
                // a disc a little larger than its cell blends neighbours into a continuous surface
                gc.fillOval(sx - cell * 0.35, sy - cell * 0.35, cell * 1.7, cell * 1.7);
            }
        }
        lastTotal = g.total();
        return lastTotal;
    }

    int lastTotal() {
        return lastTotal;
    }

    /** Blue (few) through yellow to red (most), more opaque as it gets hotter. */
    static Color ramp(double t) {
        double hue = 230 * (1 - t) * (1 - t);
        return Color.hsb(hue, 0.9, 1.0, 0.06 + 0.5 * t * t);
    }

    private void project(EventHistory history) {
        if (history == projectedFrom) {
            return;
        }
        int n = history.size();
        x = new double[n];
        y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = WebMercator.worldX(history.lon()[i]);
            y[i] = WebMercator.worldY(history.lat()[i]);
        }
        projectedFrom = history;
    }
}
