package org.gridcommand.ui.mapwall;

import java.io.ByteArrayInputStream;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;

/**
 * One decoded base-map tile as premultiplied ARGB pixels, row by row: what the {@link TileCompositor} copies from.
 * Kept as plain pixels rather than as a JavaFX image, so a cached tile costs its pixels only (no second copy held
 * by the renderer) and is composed on the FX thread while the render thread draws the previous frame.
 */
record TilePixels(int[] argb, int size) {

    /** Decodes PNG or JPEG tile bytes; null when they are not an image (a damaged tile stays blank). */
    static TilePixels decode(byte[] encoded) {
        Image image = new Image(new ByteArrayInputStream(encoded));
        if (image.isError() || image.getWidth() < 1 || image.getWidth() != image.getHeight()) {
            return null;
        }
        int size = (int) image.getWidth();
        int[] argb = new int[size * size];
        image.getPixelReader().getPixels(0, 0, size, size, PixelFormat.getIntArgbPreInstance(), argb, 0, size);
        return new TilePixels(argb, size);
    }
}
