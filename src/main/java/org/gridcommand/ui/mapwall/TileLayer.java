package org.gridcommand.ui.mapwall;

import com.gluonhq.maps.MapLayer;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import javafx.util.Subscription;
import org.gridcommand.geo.tiles.TileSource;

/**
 * The base map, drawn by us on one canvas under the boundaries instead of by Gluon's tile nodes (ADR 0013): Gluon
 * shows a fractional zoom by scaling its tile images with bilinear filtering, which costs ~13 ms a frame at
 * 1600×900 in JavaFX's software pipeline — most of a frame budget, on every pan step at any zoom between levels.
 * This layer draws tiles with nearest-neighbour scaling while the map moves (~3 ms) and once more with smoothing
 * when it has been still for {@link #SETTLE}, so what the officer reads is smooth and what moves is fast.
 *
 * <p>Tiles come from {@link MapWallModel#tileSourceProperty()} through {@link TileImages} (loaded off the FX thread);
 * a tile not loaded yet, or that the source lacks (deeper than an MBTiles file goes), shows its nearest loaded
 * ancestor enlarged.
 */
final class TileLayer extends MapLayer {
    /** How long the map must be still before the tiles are redrawn smoothed. */
    static final Duration SETTLE = Duration.millis(160);
    private static final int TILE = 256;
    /** The deepest level tiles are asked for; beyond it the last level is enlarged. */
    private static final int MAX_LEVEL = 19;
    /** How many levels up a placeholder may come from (beyond, one pixel of it would cover the screen). */
    private static final int MAX_ANCESTOR = 8;
    /** Gluon's empty tile nodes kept before they are dropped: a few screens' worth. */
    private static final int GLUON_TILES_KEPT = 120;

    private final MapWallModel model;
    private final Region host;
    private final Canvas canvas = new Canvas();
    private final TileImages images = new TileImages(Platform::runLater, this::tileArrived);
    private final PauseTransition settle = new PauseTransition(SETTLE);
    private Subscription subscriptions = Subscription.EMPTY;
    private GluonTileNodes gluonTiles;
    private boolean moving;
    private long imagesVersion;
    private DrawState drawn;
    private long lastRedrawNanos;

    TileLayer(MapWallModel model, Region host) {
        this.model = model;
        this.host = host;
        canvas.setMouseTransparent(true);
        setMouseTransparent(true);
        getChildren().add(canvas);
        settle.setOnFinished(e -> {
            moving = false;
            markDirty();
        });
    }

    @Override
    protected void initialize() {
        // Gluon's own tile nodes stay empty (NoTileRetriever) and hidden: this layer is the base map
        baseMap.setVisible(false);
        gluonTiles = GluonTileNodes.of(baseMap);
        subscriptions = Subscription.combine(
                moveOn(baseMap.translateXProperty()),
                moveOn(baseMap.translateYProperty()),
                moveOn(baseMap.zoom()),
                moveOn(host.widthProperty()),
                moveOn(host.heightProperty()),
                model.tileSourceProperty().subscribe(this::show),
                model.baseMapVisibleProperty().subscribe(visible -> {
                    setVisible(visible);
                    markDirty();
                }));
    }

    private Subscription moveOn(ObservableValue<?> value) {
        return value.subscribe((o, n) -> {
            moving = true;
            settle.playFromStart();
            markDirty();
        });
    }

    private void show(TileSource source) {
        images.setSource(source);
        imagesVersion++;
        markDirty();
    }

    private void tileArrived() {
        imagesVersion++;
        markDirty();
    }

    @Override
    protected void layoutLayer() {
        gluonTiles.trim(GLUON_TILES_KEPT);
        Viewport vp = new Viewport(baseMap.zoom().get(), baseMap.getTranslateX(), baseMap.getTranslateY(),
                host.getWidth(), host.getHeight());
        if (vp.isEmpty() || !isVisible()) {
            return;
        }
        DrawState state = new DrawState(vp, imagesVersion, moving);
        if (state.equals(drawn)) {
            return;
        }
        long start = System.nanoTime();
        canvas.setWidth(vp.width());
        canvas.setHeight(vp.height());
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, vp.width(), vp.height());
        if (images.source() != null) {
            // smoothing only matters when tiles are scaled, and is what makes scaled tiles expensive
            gc.setImageSmoothing(!moving);
            draw(gc, vp);
        }
        drawn = state;
        lastRedrawNanos = System.nanoTime() - start;
    }

    private void draw(GraphicsContext gc, Viewport vp) {
        int level = level(vp.zoom());
        double size = TILE * Math.pow(2, vp.zoom() - level);
        long count = 1L << level;
        long firstX = Math.max(0, (long) Math.floor(-vp.translateX() / size));
        long lastX = Math.min(count - 1, (long) Math.floor((vp.width() - vp.translateX()) / size));
        long firstY = Math.max(0, (long) Math.floor(-vp.translateY() / size));
        long lastY = Math.min(count - 1, (long) Math.floor((vp.height() - vp.translateY()) / size));
        Set<Long> wanted = new LinkedHashSet<>();
        for (long y = firstY; y <= lastY; y++) {
            // whole-pixel edges: neighbouring tiles meet without a hairline gap at any scale
            double top = Math.floor(vp.translateY() + y * size);
            double bottom = Math.floor(vp.translateY() + (y + 1) * size);
            for (long x = firstX; x <= lastX; x++) {
                double left = Math.floor(vp.translateX() + x * size);
                double right = Math.floor(vp.translateX() + (x + 1) * size);
                drawTile(gc, level, x, y, left, top, right - left, bottom - top, wanted);
            }
        }
        // the loaders skip what the view no longer wants: tell them before asking
        images.setWanted(wanted);
        for (long key : wanted) {
            images.request(key);
        }
    }

    private void drawTile(GraphicsContext gc, int level, long x, long y, double left, double top, double w, double h,
            Set<Long> wanted) {
        Optional<Image> own = images.get(level, x, y);
        if (own != null && own.isPresent()) {
            gc.drawImage(own.get(), left, top, w, h);
            return;
        }
        boolean ownMissing = own != null;
        if (!ownMissing) {
            wanted.add(TileImages.key(level, x, y));
        }
        for (int up = 1; up <= Math.min(MAX_ANCESTOR, level); up++) {
            int z = level - up;
            long ax = x >> up;
            long ay = y >> up;
            Optional<Image> ancestor = images.get(z, ax, ay);
            if (ancestor == null && ownMissing) {
                // the source stops above this level: fetch the ancestor that will stand in for it
                wanted.add(TileImages.key(z, ax, ay));
                return;
            }
            if (ancestor != null && ancestor.isPresent()) {
                double part = (double) TILE / (1 << up);
                gc.drawImage(ancestor.get(), (x - (ax << up)) * part, (y - (ay << up)) * part, part, part,
                        left, top, w, h);
                return;
            }
            ownMissing = ancestor != null;
        }
    }

    /** The tile level drawn at a zoom: the nearest, so tiles are scaled by 0.71–1.41 at most. */
    static int level(double zoom) {
        return (int) Math.max(0, Math.min(MAX_LEVEL, Math.round(zoom)));
    }

    /** Time the last redraw took to record its drawing commands, for the bench. */
    long lastRedrawNanos() {
        return lastRedrawNanos;
    }

    /** Whether the last frame was drawn in the fast (moving) quality. */
    boolean drawnMoving() {
        return drawn != null && drawn.moving();
    }

    TileImages images() {
        return images;
    }

    Canvas canvas() {
        return canvas;
    }

    /** Gluon's (empty) tile nodes, to check they do not pile up. */
    int gluonTileCount() {
        return gluonTiles == null ? 0 : gluonTiles.count();
    }

    void dispose() {
        subscriptions.unsubscribe();
        subscriptions = Subscription.EMPTY;
        settle.stop();
        images.dispose();
    }

    private record DrawState(Viewport viewport, long imagesVersion, boolean moving) {
    }
}
