package org.gridcommand.ui.mapwall;

import com.gluonhq.maps.MapLayer;
import javafx.beans.value.ObservableValue;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.util.Subscription;

/**
 * A feature's drawing above the map, on one canvas that never takes mouse events: redrawn on the next pulse when
 * the map moves or {@code content} changes, and only then. Subclasses draw {@code content} in {@link #draw},
 * projecting with {@code getMapPoint(lat, lon)}. Call {@link #dispose()} when the feature closes.
 */
public abstract class CanvasOverlay<T> extends MapLayer {
    private final ObservableValue<T> content;
    private final Canvas canvas = new Canvas();
    private Subscription subscriptions = Subscription.EMPTY;

    protected CanvasOverlay(ObservableValue<T> content) {
        this.content = content;
        canvas.setMouseTransparent(true);
        setMouseTransparent(true);
        getChildren().add(canvas);
    }

    @Override
    protected final void initialize() {
        subscriptions = Subscription.combine(
                content.subscribe((o, n) -> markDirty()),
                baseMap.translateXProperty().subscribe((o, n) -> markDirty()),
                baseMap.translateYProperty().subscribe((o, n) -> markDirty()),
                baseMap.zoom().subscribe((o, n) -> markDirty()));
    }

    @Override
    protected final void layoutLayer() {
        if (!(getParent() instanceof Region host) || host.getWidth() <= 0) {
            return;
        }
        canvas.setWidth(host.getWidth());
        canvas.setHeight(host.getHeight());
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        T value = content.getValue();
        if (value != null) {
            draw(gc, value);
        }
    }

    /** Draws {@code value} (never null) on the cleared canvas. */
    protected abstract void draw(GraphicsContext gc, T value);

    /** Stops following the map and the content. */
    public void dispose() {
        subscriptions.unsubscribe();
        subscriptions = Subscription.EMPTY;
    }
}
