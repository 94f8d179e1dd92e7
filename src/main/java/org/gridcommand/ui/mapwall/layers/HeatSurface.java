package org.gridcommand.ui.mapwall.layers;

import org.slf4j.LoggerFactory;
import org.slf4j.Logger;
import java.time.Instant;
import javafx.animation.PauseTransition;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.util.Duration;
import org.gridcommand.geo.cluster.DensitySurface;
import org.gridcommand.geo.tiles.WebMercator;
import org.gridcommand.service.map.MapPoints.EventHistory;
import org.gridcommand.ui.common.BackgroundTasks;

/**
 * The heat map: a kernel density surface of the events reported within the chosen window, computed and coloured
 * off the FX thread into an image that covers the view and half a view around it, and drawn smoothly scaled under
 * the clusters. While the map moves the last image moves and scales with it; once the map is still (or the zoom has
 * drifted far from the image's) a new one is computed. Colours run from transparent through blue and green to red,
 * so the base map and the outlines stay readable under the coolest parts.
 */
final class HeatSurface {
    /** Screen pixels per cell of the surface; the image is scaled up smoothly, so finer would be wasted work. */
    static final double CELL_PX = 4;
    /** How far one event warms its surroundings (the Gaussian's standard deviation), in screen pixels. */
    static final double BANDWIDTH_PX = 14;
    /** The surface covers the view plus this share of it on every side, so a pan does not show its edge at once. */
    static final double MARGIN = 0.5;
    /** How far the zoom may drift from the image's before it is computed again (the kernel is in pixels). */
    static final double ZOOM_DRIFT = 0.35;
    /** Below this share of the peak the surface is left transparent: no haze over the whole city. */
    static final double FLOOR = 0.02;
    /** Shares of the peak are raised to this before colouring: below 1 the middle of the range shows more. */
    static final double EXPONENT = 0.8;
    private static final Duration STILL = Duration.millis(180);
    private static final int[] RAMP = ramp();
    private static final Logger LOG = LoggerFactory.getLogger(HeatSurface.class);

    private final BackgroundTasks tasks;
    private final Runnable redraw;
    private final PauseTransition still = new PauseTransition(STILL);
    private Shown shown;
    private boolean computing;
    private Request latest;
    private EventHistory projectedFrom;
    private double[] worldX = new double[0];
    private double[] worldY = new double[0];

    /** What the image was computed for: the history read and the window (the clock moves, the picture does not). */
    private record Key(EventHistory history, HeatWindow window) {
    }

    private record Request(Key key, MapFrame frame, long fromEpochSecond) {
    }

    /** The image shown, where it lies in the world, and the figures the legend reads. */
    private record Shown(Key key, double zoom, WritableImage image, double originX, double originY,
                         double cellWorld, int cols, int rows, double peakPerKm2, int counted) {
    }

    /** Computed off the FX thread: the pixels, ready to be written into an image. */
    private record Computed(Request request, DensitySurface surface, int[] argb, double peakPerKm2) {
    }

    HeatSurface(BackgroundTasks tasks, Runnable redraw) {
        this.tasks = tasks;
        this.redraw = redraw;
        still.setOnFinished(e -> compute());
    }

    /** Draws the latest surface over the frame and asks for a new one when this frame needs it. */
    void paint(GraphicsContext gc, MapFrame f, EventHistory history, Instant now, HeatWindow window) {
        project(history);
        Key key = new Key(history, window);
        latest = new Request(key, f, now.minus(window.span()).getEpochSecond());
        if (shown == null || !shown.key().equals(key)) {
            // nothing right to show: at once, not after the map settles (meanwhile the last surface stays)
            still.stop();
            compute();
        } else if (!covers(shown, f)) {
            still.playFromStart();
        }
        if (shown != null) {
            draw(gc, f);
        }
    }

    private void compute() {
        if (computing || latest == null) {
            return;
        }
        computing = true;
        Request r = latest;
        double[] x = worldX;
        double[] y = worldY;
        tasks.run(() -> estimate(r, x, y), this::arrived, e -> {
            computing = false;
            LOG.warn("Heat map not computed: {}", e.toString());
        });
    }

    /** World positions of the history's events, once per history read. */
    private void project(EventHistory history) {
        if (history == projectedFrom) {
            return;
        }
        int n = history.size();
        double[] x = new double[n];
        double[] y = new double[n];
        for (int i = 0; i < n; i++) {
            x[i] = WebMercator.worldX(history.lon()[i]);
            y[i] = WebMercator.worldY(history.lat()[i]);
        }
        worldX = x;
        worldY = y;
        projectedFrom = history;
    }

    private void arrived(Computed c) {
        computing = false;
        Request r = c.request();
        DensitySurface s = c.surface();
        WritableImage image = new WritableImage(s.cols(), s.rows());
        image.getPixelWriter().setPixels(0, 0, s.cols(), s.rows(), PixelFormat.getIntArgbInstance(), c.argb(), 0,
                s.cols());
        shown = new Shown(r.key(), r.frame().zoom(), image, s.originX(), s.originY(), s.cellWorld(), s.cols(),
                s.rows(), c.peakPerKm2(), s.counted());
        redraw.run();
        // the data or the window changed while this was computed: again at once; the map moved: once it is still
        if (latest != null && !latest.key().equals(shown.key())) {
            compute();
        } else if (latest != null && !covers(shown, latest.frame())) {
            still.playFromStart();
        }
    }

    /** The density surface and its colours for the request's frame (background thread: no FX state). */
    private static Computed estimate(Request r, double[] worldX, double[] worldY) {
        MapFrame f = r.frame();
        double cellWorld = CELL_PX / f.scale();
        double marginX = f.width() * MARGIN;
        double marginY = f.height() * MARGIN;
        // cells anchored to the world, so a surface computed after a pan lines up with the one before
        double originX = Math.floor(f.worldX(-marginX) / cellWorld) * cellWorld;
        double originY = Math.floor(f.worldY(-marginY) / cellWorld) * cellWorld;
        int cols = (int) Math.ceil((f.width() + 2 * marginX) / CELL_PX) + 1;
        int rows = (int) Math.ceil((f.height() + 2 * marginY) / CELL_PX) + 1;
        EventHistory h = r.key().history();
        DensitySurface s = DensitySurface.estimate(worldX, worldY, h.reportedAtEpochSecond(), r.fromEpochSecond(),
                originX, originY, cols, rows, cellWorld, BANDWIDTH_PX / f.scale());
        int[] argb = new int[cols * rows];
        if (s.max() > 0) {
            for (int row = 0; row < rows; row++) {
                for (int col = 0; col < cols; col++) {
                    double t = Math.pow(s.value(col, row) / s.max(), EXPONENT);
                    argb[row * cols + col] = t < FLOOR ? 0 : RAMP[(int) Math.round(t * (RAMP.length - 1))];
                }
            }
        }
        double metresPerWorld = metresPerWorldUnit(WebMercator.lat(originY + rows * cellWorld / 2));
        double peakPerKm2 = s.max() / (metresPerWorld * metresPerWorld) * 1e6;
        return new Computed(r, s, argb, peakPerKm2);
    }

    /** Ground metres in one world unit (a pixel at zoom 0) at a latitude. */
    private static double metresPerWorldUnit(double lat) {
        return 2 * Math.PI * 6_378_137 * Math.cos(Math.toRadians(lat)) / WebMercator.TILE_SIZE;
    }

    private void draw(GraphicsContext gc, MapFrame f) {
        Shown s = shown;
        double x = f.screenX(s.originX());
        double y = f.screenY(s.originY());
        double w = s.cols() * s.cellWorld() * f.scale();
        double h = s.rows() * s.cellWorld() * f.scale();
        gc.save();
        // smoothing is what makes the cells one continuous surface
        gc.setImageSmoothing(true);
        gc.drawImage(s.image(), x, y, w, h);
        gc.restore();
    }

    /** Whether the image still serves this frame: the zoom close to its own and the view inside it. */
    private static boolean covers(Shown s, MapFrame f) {
        if (Math.abs(f.zoom() - s.zoom()) > ZOOM_DRIFT) {
            return false;
        }
        double east = s.originX() + s.cols() * s.cellWorld();
        double south = s.originY() + s.rows() * s.cellWorld();
        return f.worldX(0) >= s.originX() && f.worldY(0) >= s.originY() && f.worldX(f.width()) <= east
                && f.worldY(f.height()) <= south;
    }

    /** Events of the window on the last surface (its margin included). */
    int counted() {
        return shown == null ? 0 : shown.counted();
    }

    /** The surface's peak, in events per square kilometre (0 before the first surface). */
    double peakPerKm2() {
        return shown == null ? 0 : shown.peakPerKm2();
    }

    void stop() {
        still.stop();
    }

    /**
     * The colour for a share {@code t} (0–1) of the peak: blue, cyan, green, yellow, red. Opacity rises from nothing
     * over the lower half, so the surface fades out at its edges instead of ending in a line, and stays at most 0.62:
     * the names and outlines under it must stay readable.
     */
    static Color ramp(double t) {
        double hue = 240 * (1 - t);
        return Color.hsb(hue, 0.85, 1.0, 0.38 * Math.min(1, t / 0.5) + 0.24 * t);
    }

    private static int[] ramp() {
        int[] lut = new int[256];
        for (int i = 0; i < lut.length; i++) {
            Color c = ramp(i / 255.0);
            lut[i] = (int) Math.round(c.getOpacity() * 255) << 24 | (int) Math.round(c.getRed() * 255) << 16
                    | (int) Math.round(c.getGreen() * 255) << 8 | (int) Math.round(c.getBlue() * 255);
        }
        return lut;
    }
}
