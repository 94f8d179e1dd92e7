package org.gridcommand.ui.mapwall;

import java.nio.IntBuffer;
import java.util.Arrays;
import javafx.scene.image.Image;
import javafx.scene.image.PixelBuffer;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;

/**
 * Composes the base map's visible tiles, scaled, into one screen-sized image on the FX thread, which the canvas
 * then draws unscaled. In JavaFX's software pipeline a scaled image costs the render thread about three times an
 * unscaled copy, and the render thread is what limits a moving map's frame rate while the FX thread waits; moving
 * the scaling here takes most of the base map off the render thread (ADR 0013). Nearest-neighbour while the map
 * moves (rows that repeat are copied whole), bilinear once it is still.
 *
 * <p>The pixels are composed straight into the images' own buffers ({@link PixelBuffer}), in the renderer's format.
 * Two are used in turn: the render thread may still be drawing the previous frame's while this one is composed. FX
 * thread only.
 */
final class TileCompositor {
    private int width;
    private int height;
    private int[] frame = new int[0];
    private final int[][] frames = new int[2][];
    @SuppressWarnings("unchecked")
    private final PixelBuffer<IntBuffer>[] buffers = new PixelBuffer[2];
    private final WritableImage[] images = new WritableImage[2];
    private int nextImage;
    private final FrameDrawing drawing = new FrameDrawing();
    private int[] columns = new int[0];
    private int[] weights = new int[0];

    /** Starts a frame of {@code w × h} pixels filled with {@code background} (opaque ARGB). */
    void begin(int w, int h, int background) {
        if (w != width || h != height) {
            width = w;
            height = h;
            for (int i = 0; i < 2; i++) {
                // the image reads our pixels as they are: no conversion on either thread
                frames[i] = new int[w * h];
                buffers[i] = new PixelBuffer<>(w, h, IntBuffer.wrap(frames[i]), PixelFormat.getIntArgbPreInstance());
                images[i] = new WritableImage(buffers[i]);
            }
        }
        frame = frames[nextImage];
        Arrays.fill(frame, background);
        drawing.target(frame, w, h);
    }

    /**
     * Draws the square {@code (sx, sy, side)} of a tile's pixels into the screen rectangle
     * {@code [left, right) × [top, bottom)} (whole pixels, possibly partly off screen).
     */
    void draw(TilePixels tile, double sx, double sy, double side, int left, int top, int right, int bottom,
            boolean smooth) {
        int x0 = Math.max(left, 0);
        int x1 = Math.min(right, width);
        int y0 = Math.max(top, 0);
        int y1 = Math.min(bottom, height);
        if (x0 >= x1 || y0 >= y1) {
            return;
        }
        double stepX = side / (right - left);
        double stepY = side / (bottom - top);
        if (smooth) {
            bilinear(tile, sx, sy, stepX, stepY, left, top, x0, x1, y0, y1);
        } else {
            nearest(tile, sx, sy, stepX, stepY, left, top, x0, x1, y0, y1);
        }
    }

    /**
     * A pen that draws lines straight into this frame, without anti-aliasing: used while the map moves, where the
     * software renderer's anti-aliased strokes were the largest cost of a frame.
     */
    AreaPainter.Pen pen() {
        return drawing.pen();
    }

    /** Stamps images (names, symbols) into this frame, blended by their transparency. */
    Stamp stamp() {
        return drawing.stamp();
    }

    /** A pixel of the frame being composed (premultiplied ARGB), for tests. */
    int pixel(int x, int y) {
        return frame[y * width + x];
    }

    /** The composed frame, as an image the canvas can draw. */
    Image finish() {
        int i = nextImage;
        nextImage = 1 - nextImage;
        buffers[i].updateBuffer(b -> null);
        return images[i];
    }

    private void nearest(TilePixels tile, double sx, double sy, double stepX, double stepY, int left, int top,
            int x0, int x1, int y0, int y1) {
        int n = x1 - x0;
        int last = tile.size() - 1;
        int[] cols = columns(n);
        for (int i = 0; i < n; i++) {
            cols[i] = Math.min(last, (int) (sx + (x0 + i - left + 0.5) * stepX));
        }
        int[] src = tile.argb();
        int previousRow = -1;
        int previousOffset = 0;
        for (int y = y0; y < y1; y++) {
            int row = Math.min(last, (int) (sy + (y - top + 0.5) * stepY));
            int offset = y * width + x0;
            if (row == previousRow) {
                System.arraycopy(frame, previousOffset, frame, offset, n);
            } else {
                int base = row * tile.size();
                for (int i = 0; i < n; i++) {
                    frame[offset + i] = src[base + cols[i]];
                }
            }
            previousRow = row;
            previousOffset = offset;
        }
    }

    private void bilinear(TilePixels tile, double sx, double sy, double stepX, double stepY, int left, int top,
            int x0, int x1, int y0, int y1) {
        int n = x1 - x0;
        int size = tile.size();
        int last = size - 1;
        int[] cols = columns(n);
        int[] wx = weights(n);
        for (int i = 0; i < n; i++) {
            double u = Math.max(0, Math.min(last, sx + (x0 + i - left + 0.5) * stepX - 0.5));
            int c = Math.min((int) u, last - 1 < 0 ? 0 : last - 1);
            cols[i] = c;
            wx[i] = (int) ((u - c) * 256);
        }
        int[] src = tile.argb();
        for (int y = y0; y < y1; y++) {
            double v = Math.max(0, Math.min(last, sy + (y - top + 0.5) * stepY - 0.5));
            int r = Math.min((int) v, last - 1 < 0 ? 0 : last - 1);
            int wy = (int) ((v - r) * 256);
            int row0 = r * size;
            int row1 = Math.min(r + 1, last) * size;
            int offset = y * width + x0;
            for (int i = 0; i < n; i++) {
                int c0 = cols[i];
                int c1 = Math.min(c0 + 1, last);
                int w = wx[i];
                int top0 = mix(src[row0 + c0], src[row0 + c1], w);
                int bottom0 = mix(src[row1 + c0], src[row1 + c1], w);
                frame[offset + i] = mix(top0, bottom0, wy);
            }
        }
    }

    /** Per channel {@code a + (b - a) × w / 256} of two premultiplied ARGB pixels. */
    private static int mix(int a, int b, int w) {
        if (a == b) {
            return a;
        }
        int rb = (a & 0x00ff00ff) * (256 - w) + (b & 0x00ff00ff) * w;
        int ag = ((a >>> 8) & 0x00ff00ff) * (256 - w) + ((b >>> 8) & 0x00ff00ff) * w;
        return ((rb >>> 8) & 0x00ff00ff) | (ag & 0xff00ff00);
    }

    private int[] columns(int n) {
        if (columns.length < n) {
            columns = new int[n];
        }
        return columns;
    }

    private int[] weights(int n) {
        if (weights.length < n) {
            weights = new int[n];
        }
        return weights;
    }
}
