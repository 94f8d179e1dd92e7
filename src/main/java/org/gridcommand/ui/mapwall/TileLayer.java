package org.gridcommand.ui.mapwall;

import com.gluonhq.maps.MapLayer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.util.Duration;
import javafx.util.Subscription;
import org.gridcommand.geo.tiles.TileSource;

/**
 * The base map, drawn by us instead of by Gluon's tile nodes, on the one canvas that the boundaries
 * ({@link Overlay}) and the features' {@link MapPainter}s draw on too (ADR 0013). Gluon shows a fractional zoom by
 * scaling its tile images with bilinear filtering, ~13 ms a frame at 1600×900 in JavaFX's software pipeline. Here
 * the visible tiles are composed into one image on the FX thread ({@link TileCompositor}): nearest-neighbour while
 * the map moves, smoothed once it has been still for {@link #SETTLE}, so what moves is fast and what the officer
 * reads is smooth.
 *
 * <p>Tiles come from {@link MapWallModel#tileSourceProperty()} through {@link TileImages} (loaded off the FX thread);
 * a tile not loaded yet, or that the source lacks (deeper than an MBTiles file goes), shows its nearest loaded
 * ancestor enlarged.
 */
final class TileLayer extends MapLayer {
    /** What is drawn over the tiles on the same canvas first: the administrative boundaries. */
    interface Overlay {
        /** Draws the lines and names into the composed frame (fast, while the map moves). */
        void under(AreaPainter.Pen pen, Stamp stamp, Viewport vp);

        /** Draws the rest on the canvas, and the lines and names too unless they went into the frame. */
        void paint(GraphicsContext gc, Viewport vp, boolean underDrawn);
    }

    /** How long the map must be still before the tiles are redrawn smoothed. */
    static final Duration SETTLE = Duration.millis(160);
    private static final int TILE = 256;
    /** Where no tile is (yet): the base map's own background colour, opaque premultiplied ARGB. */
    private static final int BACKGROUND = 0xff080c12;
    /** The deepest level tiles are asked for; beyond it the last level is enlarged. */
    private static final int MAX_LEVEL = 19;
    /** How many levels up a placeholder may come from (beyond, one pixel of it would cover the screen). */
    private static final int MAX_ANCESTOR = 8;

    private final MapWallModel model;
    private final Region host;
    private final Canvas canvas = new Canvas();
    private final MapWorkers workers = new MapWorkers();
    private final TileImages images = new TileImages(workers, Platform::runLater, this::tileArrived);
    private final TileCompositor compositor = new TileCompositor();
    private final PauseTransition settle = new PauseTransition(SETTLE);
    private Subscription subscriptions = Subscription.EMPTY;
    private GluonTileNodes gluonTiles;
    private boolean moving;
    private boolean tilesShown = true;
    private Overlay overlay;
    private final List<MapPainter> painters = new ArrayList<>();
    /** Vector drawing that painters left for the canvas after the frame (reused each frame). */
    private final List<Consumer<GraphicsContext>> afterFrame = new ArrayList<>();
    private long imagesVersion;
    private DrawState drawn;

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
        gluonTiles = GluonTileNodes.oneTileFor(baseMap);
        subscriptions = Subscription.combine(
                moveOn(baseMap.translateXProperty()),
                moveOn(baseMap.translateYProperty()),
                moveOn(baseMap.zoom()),
                moveOn(host.widthProperty()),
                moveOn(host.heightProperty()),
                model.tileSourceProperty().subscribe(this::show),
                model.baseMapVisibleProperty().subscribe(visible -> {
                    tilesShown = visible;
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

    /** Draws {@code over} above the tiles from now on. */
    void setOverlay(Overlay over) {
        overlay = over;
        markDirty();
    }

    /** Draws {@code painter} over the overlay from now on, after those added before it. */
    void addPainter(MapPainter painter) {
        painters.add(painter);
        painter.attached(canvas, this::redraw);
        redraw();
    }

    void removePainter(MapPainter painter) {
        if (painters.remove(painter)) {
            redraw();
        }
    }

    /** Draws everything again on the next pulse (what an overlay or painter shows changed). */
    void redraw() {
        drawn = null;
        markDirty();
    }

    /** What is on screen now, in Gluon's terms (valid once the layer is attached). */
    Viewport viewport() {
        return new Viewport(baseMap.zoom().get(), baseMap.getTranslateX(), baseMap.getTranslateY(),
                host.getWidth(), host.getHeight());
    }

    /** The zoom actually shown, which the mouse wheel changes without going through {@code MapView.setZoom}. */
    ReadOnlyDoubleProperty activeZoom() {
        return baseMap.zoom();
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
        Viewport vp = viewport();
        if (vp.isEmpty()) {
            return;
        }
        DrawState state = new DrawState(vp, imagesVersion, moving, tilesShown);
        if (state.equals(drawn)) {
            return;
        }
        canvas.setWidth(vp.width());
        canvas.setHeight(vp.height());
        GraphicsContext gc = canvas.getGraphicsContext2D();
        boolean inFrame = false;
        List<MapPainter> painted = new ArrayList<>();
        afterFrame.clear();
        if (tilesShown && images.source() != null) {
            compose(vp);
            // while moving, lines, names and symbols go into the frame (no anti-aliasing, nothing for the render
            // thread to blend); when still, the canvas draws them smoothly
            inFrame = moving;
            if (inFrame) {
                if (overlay != null) {
                    overlay.under(compositor.pen(), compositor.stamp(), vp);
                }
                for (MapPainter painter : painters) {
                    if (painter.paintInto(compositor.stamp(), afterFrame)) {
                        painted.add(painter);
                    }
                }
            }
            // the composed frame is opaque and covers the canvas: no clearing first
            gc.drawImage(compositor.finish(), 0, 0);
        } else {
            gc.clearRect(0, 0, vp.width(), vp.height());
        }
        if (overlay != null) {
            overlay.paint(gc, vp, inFrame);
        }
        afterFrame.forEach(op -> op.accept(gc));
        for (MapPainter painter : painters) {
            if (!painted.contains(painter)) {
                painter.paint(gc);
            }
        }
        drawn = state;
    }

    private void compose(Viewport vp) {
        compositor.begin((int) Math.ceil(vp.width()), (int) Math.ceil(vp.height()), BACKGROUND);
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
            int top = (int) Math.floor(vp.translateY() + y * size);
            int bottom = (int) Math.floor(vp.translateY() + (y + 1) * size);
            for (long x = firstX; x <= lastX; x++) {
                int left = (int) Math.floor(vp.translateX() + x * size);
                int right = (int) Math.floor(vp.translateX() + (x + 1) * size);
                drawTile(level, x, y, left, top, right, bottom, wanted);
            }
        }
        // the loaders skip what the view no longer wants: tell them before asking
        images.setWanted(wanted);
        for (long key : wanted) {
            images.request(key);
        }
    }

    private void drawTile(int level, long x, long y, int left, int top, int right, int bottom, Set<Long> wanted) {
        // smoothing only matters when tiles are scaled, and is what makes scaled tiles expensive
        boolean smooth = !moving;
        Optional<TilePixels> own = images.get(level, x, y);
        if (own != null && own.isPresent()) {
            TilePixels tile = own.get();
            compositor.draw(tile, 0, 0, tile.size(), left, top, right, bottom, smooth);
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
            Optional<TilePixels> ancestor = images.get(z, ax, ay);
            if (ancestor == null && ownMissing) {
                // the source stops above this level: fetch the ancestor that will stand in for it
                wanted.add(TileImages.key(z, ax, ay));
                return;
            }
            if (ancestor != null && ancestor.isPresent()) {
                TilePixels tile = ancestor.get();
                double part = (double) tile.size() / (1 << up);
                compositor.draw(tile, (x - (ax << up)) * part, (y - (ay << up)) * part, part, left, top, right,
                        bottom, smooth);
                return;
            }
            ownMissing = ancestor != null;
        }
    }

    /**
     * The tile level drawn at a zoom: the level below, up to 0.2 short of the next (Gluon's own rule, and where the
     * boundaries change level too), so tiles are enlarged by 0.87–1.74. Enlarging reads fewer tile pixels than
     * shrinking: in the software pipeline memory traffic is most of a frame's cost.
     */
    static int level(double zoom) {
        return (int) Math.max(0, Math.min(MAX_LEVEL, Math.floor(zoom + DrawnLevels.TIPPING)));
    }

    /** Whether the tiles are drawn (the layer panel's base map switch). */
    boolean tilesShown() {
        return tilesShown;
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
        workers.shutdown();
    }

    /** The map's background threads, shared by the tiles and the other layers' off-FX-thread work. */
    MapWorkers workers() {
        return workers;
    }

    private record DrawState(Viewport viewport, long imagesVersion, boolean moving, boolean tilesShown) {
    }
}
