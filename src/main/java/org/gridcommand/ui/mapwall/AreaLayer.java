package org.gridcommand.ui.mapwall;

import java.util.List;
import javafx.application.Platform;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.util.Subscription;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.geo.index.AreaIndex;

/**
 * The administrative boundaries, drawn over the tiles on the base map's canvas ({@link TileLayer.Overlay}): a node
 * per polygon does not scale to the city's 8,600 areas, and a canvas of their own would cost another full-screen
 * composite per frame. Redraws with the tiles on every move, and on its own when its content changes (areas,
 * selection, visible levels).
 */
final class AreaLayer implements TileLayer.Overlay {
    private final MapWallModel model;
    private final TileLayer base;
    private final AreaPainter painter = new AreaPainter();
    private final Subscription subscriptions;
    private long lastRedrawNanos;
    private int lastOutlineCount;
    private AreaIndex preparedIndex;

    AreaLayer(MapWallModel model, TileLayer base) {
        this.model = model;
        this.base = base;
        subscriptions = Subscription.combine(
                model.areasProperty().subscribe(areas -> {
                    painter.clear();
                    prepareOffTheFxThread();
                    contentChanged();
                }),
                model.selectedAreaProperty().subscribe((o, n) -> contentChanged()),
                levelSubscriptions());
        base.setOverlay(this);
    }

    private Subscription levelSubscriptions() {
        Subscription all = Subscription.EMPTY;
        for (AreaLevel level : AreaLevel.values()) {
            all = all.and(model.levelVisibleProperty(level).subscribe((o, n) -> contentChanged()));
        }
        return all;
    }

    /**
     * Projects the areas and builds their shared-edge tables on one of the map's threads ({@link MapWorkers}); until
     * they arrive a level is prepared on the FX thread when first drawn.
     */
    private void prepareOffTheFxThread() {
        AreaIndex index = model.areaIndex();
        if (index.size() == 0) {
            return;
        }
        base.workers().execute(() -> {
            AreaPainter.Prepared prepared = AreaPainter.prepare(index);
            Platform.runLater(() -> {
                if (model.areaIndex() == index) {
                    painter.use(prepared);
                    preparedIndex = index;
                }
            });
        });
    }

    /** Whether the current areas' outlines were prepared in the background (for tests). */
    boolean prepared() {
        return preparedIndex == model.areaIndex();
    }

    /** Shared-edge tables the FX thread had to build itself since the areas changed (for tests). */
    int edgesBuiltOnFxThread() {
        return painter.edgesBuiltHere();
    }

    private void contentChanged() {
        base.redraw();
    }

    @Override
    public void under(AreaPainter.Pen pen, Stamp stamp, Viewport vp) {
        lastOutlineCount = painter.outlines(pen, vp, level(vp), model.areaIndex(), this::shown);
        painter.names(stamp, vp, level(vp), model.areaIndex(), this::shown, placeNames());
    }

    @Override
    public void paint(GraphicsContext gc, Viewport vp, boolean underDrawn) {
        long start = System.nanoTime();
        if (!underDrawn) {
            lastOutlineCount = painter.outlines(AreaPainter.canvasPen(gc), vp, level(vp), model.areaIndex(),
                    this::shown);
            painter.names(Stamp.on(gc), vp, level(vp), model.areaIndex(), this::shown, placeNames());
        }
        painter.selection(gc, vp, model.selectedAreaProperty().get());
        lastRedrawNanos = System.nanoTime() - start;
    }

    /**
     * The names the base map has in its tiles, while it is shown. (A city with its own MBTiles base map has none on
     * record: its names are in its tiles, out of our sight.)
     */
    private List<PlaceName> placeNames() {
        return base.tilesShown() ? model.placeNames() : List.of();
    }

    private AreaLevel level(Viewport vp) {
        return DrawnLevels.at(vp.zoom(), model.areaIndex().levels());
    }

    private boolean shown(AreaLevel level) {
        return model.levelVisibleProperty(level).get();
    }

    /** What is on screen now, in Gluon's terms (valid once the view is attached). */
    Viewport viewport() {
        return base.viewport();
    }

    /** The zoom actually shown, which the mouse wheel changes without going through {@code MapView.setZoom}. */
    ReadOnlyDoubleProperty activeZoom() {
        return base.activeZoom();
    }

    /** The canvas the boundaries are drawn on (shared with the tiles). */
    Canvas canvas() {
        return base.canvas();
    }

    /** Time the last redraw took to record its drawing commands (the FX thread's share), for diagnostics. */
    long lastRedrawNanos() {
        return lastRedrawNanos;
    }

    int lastOutlineCount() {
        return lastOutlineCount;
    }

    void dispose() {
        subscriptions.unsubscribe();
    }
}
