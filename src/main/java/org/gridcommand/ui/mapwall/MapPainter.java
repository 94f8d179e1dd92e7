package org.gridcommand.ui.mapwall;

import java.util.List;
import java.util.function.Consumer;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;

/**
 * A feature's drawing on the map wall's own canvas, over the base map and the boundaries. Every full-screen canvas
 * costs the software renderer a composite of the whole screen per frame, so layers that redraw at every move share
 * one (ADR 0013). A {@code MapLayer} given to {@link MapWallView#addOverlay} that implements this draws here; its
 * own children (an animation, a marker) still sit above.
 */
public interface MapPainter {
    /**
     * Called when added to the map. {@code redraw} draws the whole canvas again on the next pulse: call it when what
     * this painter shows changes other than by the map moving (moves redraw by themselves). {@code canvas} is where
     * the drawing lands, for tests that read its pixels.
     */
    void attached(Canvas canvas, Runnable redraw);

    /** Draws over what is already on the canvas, in the MapView's coordinates. */
    void paint(GraphicsContext gc);

    /**
     * While the map moves: stamps this painter's images into the composed frame instead ({@code frame}, cheaper for
     * the render thread), and leaves what must be drawn as vectors to {@code afterFrame}, run on the canvas once
     * the frame is drawn. Returns false, having done nothing, when it cannot (then {@link #paint} is called).
     */
    default boolean paintInto(Stamp frame, List<Consumer<GraphicsContext>> afterFrame) {
        return false;
    }
}
