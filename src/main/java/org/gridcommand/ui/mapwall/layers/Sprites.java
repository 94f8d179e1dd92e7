package org.gridcommand.ui.mapwall.layers;

import java.util.HashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import org.gridcommand.ui.mapwall.Stamp;

/**
 * Point symbols rendered once into small images and stamped with {@code drawImage}: on the software pipeline (a
 * server, a VM, Xvfb) rasterising an oval with its outline per point per frame costs far more than copying a few
 * hundred pixels, and a symbol's look depends only on its kind and state. FX thread only.
 */
final class Sprites {
    private record Sprite(Image image, double anchorX, double anchorY) {
    }

    private final Map<String, Sprite> cache = new HashMap<>();
    private final SnapshotParameters transparent = new SnapshotParameters();

    Sprites() {
        transparent.setFill(Color.TRANSPARENT);
    }

    /**
     * Stamps the symbol {@code key} with its anchor at (x, y); on first use renders it with {@code draw}, which
     * receives the anchor's position inside a {@code w × h} image.
     */
    void stamp(Stamp target, String key, double x, double y, int w, int h, double anchorX, double anchorY,
            BiConsumer<GraphicsContext, double[]> draw) {
        Sprite s = cache.get(key);
        if (s == null) {
            Canvas c = new Canvas(w, h);
            draw.accept(c.getGraphicsContext2D(), new double[] {anchorX, anchorY});
            s = new Sprite(c.snapshot(transparent, null), anchorX, anchorY);
            cache.put(key, s);
        }
        // whole pixels: a fractional position would make the software renderer filter the image
        Image image = s.image();
        target.draw(image, 0, 0, image.getWidth(), image.getHeight(), Math.round(x - s.anchorX()),
                Math.round(y - s.anchorY()));
    }

    int size() {
        return cache.size();
    }
}
