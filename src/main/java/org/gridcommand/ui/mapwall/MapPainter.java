package org.gridcommand.ui.mapwall;

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
}
