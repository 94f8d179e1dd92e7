package org.gridcommand.ui.mapwall;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.util.Subscription;
import org.gridcommand.domain.area.AreaLevel;

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

    AreaLayer(MapWallModel model, TileLayer base) {
        this.model = model;
        this.base = base;
        subscriptions = Subscription.combine(
                model.areasProperty().subscribe((o, n) -> {
                    painter.clear();
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

    private void contentChanged() {
        base.redraw();
    }

    @Override
    public void under(AreaPainter.Pen pen, Stamp stamp, Viewport vp) {
        lastOutlineCount = painter.outlines(pen, vp, level(vp), model.areaIndex(), this::shown);
        painter.names(stamp, vp, level(vp), model.areaIndex(), this::shown);
    }

    @Override
    public void paint(GraphicsContext gc, Viewport vp, boolean underDrawn) {
        long start = System.nanoTime();
        if (!underDrawn) {
            lastOutlineCount = painter.outlines(AreaPainter.canvasPen(gc), vp, level(vp), model.areaIndex(),
                    this::shown);
            painter.names(Stamp.on(gc), vp, level(vp), model.areaIndex(), this::shown);
        }
        painter.selection(gc, vp, model.selectedAreaProperty().get());
        lastRedrawNanos = System.nanoTime() - start;
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
