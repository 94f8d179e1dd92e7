package org.gridcommand.ui.mapwall;

import com.gluonhq.maps.MapLayer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.value.ObservableValue;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.util.Subscription;
import org.gridcommand.domain.area.AreaLevel;

/**
 * The administrative boundaries as ONE canvas over the base map: a node per polygon does not scale to the
 * city's 8,600 areas. Redraws only in {@link #layoutLayer()}, so any number of changes within a pulse cost one
 * redraw, and only when the viewport or what is drawn actually changed (Gluon calls layoutLayer more often).
 */
final class AreaLayer extends MapLayer {
    private final MapWallModel model;
    private final Region host;
    private final Canvas canvas = new Canvas();
    private final AreaPainter painter = new AreaPainter();
    private Subscription subscriptions = Subscription.EMPTY;
    /** Bumped on every change of content (areas, selection, visible levels) so the draw state differs. */
    private long contentVersion;
    private DrawState drawn;
    private long lastRedrawNanos;
    private int lastOutlineCount;

    /** {@code host} is the MapView the layer is added to: the canvas covers it. */
    AreaLayer(MapWallModel model, Region host) {
        this.model = model;
        this.host = host;
        // clicks and drags go to the MapView beneath, which pans and zooms; selection is handled there too
        canvas.setMouseTransparent(true);
        getChildren().add(canvas);
    }

    /** Called by Gluon once the layer is attached to its MapView's base map. */
    @Override
    protected void initialize() {
        subscriptions = Subscription.combine(
                redrawOn(baseMap.translateXProperty()),
                redrawOn(baseMap.translateYProperty()),
                redrawOn(baseMap.zoom()),
                redrawOn(host.widthProperty()),
                redrawOn(host.heightProperty()),
                model.areasProperty().subscribe((o, n) -> {
                    painter.clear();
                    contentChanged();
                }),
                model.selectedAreaProperty().subscribe((o, n) -> contentChanged()),
                levelSubscriptions());
    }

    private Subscription levelSubscriptions() {
        Subscription all = Subscription.EMPTY;
        for (AreaLevel level : AreaLevel.values()) {
            all = all.and(model.levelVisibleProperty(level).subscribe((o, n) -> contentChanged()));
        }
        return all;
    }

    private Subscription redrawOn(ObservableValue<?> value) {
        return value.subscribe((o, n) -> markDirty());
    }

    private void contentChanged() {
        contentVersion++;
        markDirty();
    }

    @Override
    protected void layoutLayer() {
        Viewport vp = viewport();
        if (vp.isEmpty()) {
            return;
        }
        DrawState state = new DrawState(vp, contentVersion);
        if (state.equals(drawn)) {
            return;
        }
        long start = System.nanoTime();
        canvas.setWidth(vp.width());
        canvas.setHeight(vp.height());
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, vp.width(), vp.height());
        lastOutlineCount = painter.paint(gc, vp, DrawnLevels.at(vp.zoom(), model.areaIndex().levels()), model.areaIndex(),
                level -> model.levelVisibleProperty(level).get(), model.selectedAreaProperty().get());
        drawn = state;
        lastRedrawNanos = System.nanoTime() - start;
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

    Canvas canvas() {
        return canvas;
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
        subscriptions = Subscription.EMPTY;
    }

    private record DrawState(Viewport viewport, long contentVersion) {
    }
}
