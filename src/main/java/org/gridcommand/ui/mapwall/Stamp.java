package org.gridcommand.ui.mapwall;

import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;

/**
 * Where pre-rendered images (symbols, names, badges) are stamped, unscaled at whole pixels: the canvas, or — while
 * the map moves — the composed base map frame, which costs the render thread nothing (ADR 0013).
 */
@FunctionalInterface
public interface Stamp {
    /** Copies the {@code w × h} part of {@code image} at (sx, sy) to (dx, dy), blending by its transparency. */
    void draw(Image image, double sx, double sy, double w, double h, double dx, double dy);

    /** Stamps on a canvas. */
    static Stamp on(GraphicsContext gc) {
        return (image, sx, sy, w, h, dx, dy) -> gc.drawImage(image, sx, sy, w, h, dx, dy, w, h);
    }
}
