package org.gridcommand.ui.mapwall;

import java.nio.IntBuffer;
import java.util.Arrays;
import java.util.Map;
import java.util.WeakHashMap;
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

    /**
     * A pen that draws lines straight into this frame: one pixel wide (two for a width of 2 or more), blended with
     * the colour's opacity, without anti-aliasing. Used while the map moves, where the software renderer's
     * anti-aliased strokes are the largest cost of a frame; the still map is drawn anti-aliased on the canvas.
     */
    AreaPainter.Pen pen() {
        return new AreaPainter.Pen() {
            private double lastX;
            private double lastY;

            @Override
            public void begin(javafx.scene.paint.Color colour, double width) {
                int a = (int) Math.round(colour.getOpacity() * 255);
                penAlpha = a;
                penColour = (a << 24) | (premultiply(colour.getRed(), a) << 16)
                        | (premultiply(colour.getGreen(), a) << 8) | premultiply(colour.getBlue(), a);
                penThick = width >= 2;
            }

            @Override
            public void moveTo(double x, double y) {
                lastX = x;
                lastY = y;
            }

            @Override
            public void lineTo(double x, double y) {
                line(lastX, lastY, x, y);
                lastX = x;
                lastY = y;
            }

            @Override
            public void end() {
            }
        };
    }

    /**
     * Stamps images (symbols, names) into this frame, blended by their transparency: while the map moves this
     * takes the symbols' per-image drawing off the render thread.
     */
    Stamp stamp() {
        return stamper;
    }

    private final Stamp stamper = this::stampImage;
    /** The pixels of the images stamped, read once per image (symbols and name pages are made once and reused). */
    private final Map<Image, int[]> stampPixels = new WeakHashMap<>();

    private void stampImage(Image image, double sx, double sy, double w, double h, double dx, double dy) {
        int iw = (int) image.getWidth();
        int ih = (int) image.getHeight();
        int[] src = stampPixels.computeIfAbsent(image, img -> {
            int[] px = new int[iw * ih];
            img.getPixelReader().getPixels(0, 0, iw, ih, PixelFormat.getIntArgbPreInstance(), px, 0, iw);
            return px;
        });
        int x0 = (int) Math.round(dx);
        int y0 = (int) Math.round(dy);
        int sx0 = (int) sx;
        int sy0 = (int) sy;
        int cols = (int) w;
        int rows = (int) h;
        int fromCol = Math.max(0, -x0);
        int toCol = Math.min(cols, width - x0);
        int fromRow = Math.max(0, -y0);
        int toRow = Math.min(rows, height - y0);
        for (int r = fromRow; r < toRow; r++) {
            int srcRow = (sy0 + r) * iw + sx0;
            int dstRow = (y0 + r) * width + x0;
            for (int c = fromCol; c < toCol; c++) {
                int p = src[srcRow + c];
                int a = p >>> 24;
                if (a == 255) {
                    frame[dstRow + c] = p;
                } else if (a != 0) {
                    frame[dstRow + c] = over(p, frame[dstRow + c], 255 - a);
                }
            }
        }
    }

    private int penColour;
    private int penAlpha;
    private boolean penThick;

    private static int premultiply(double channel, int alpha) {
        return (int) Math.round(channel * alpha);
    }

    /** A line from (x0, y0) to (x1, y1), clipped to the frame (Liang–Barsky), stepped one pixel at a time. */
    void line(double x0, double y0, double x1, double y1) {
        double dx = x1 - x0;
        double dy = y1 - y0;
        double t0 = 0;
        double t1 = 1;
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {x0, width - 1 - x0, y0, height - 1 - y0};
        for (int i = 0; i < 4; i++) {
            if (p[i] == 0) {
                if (q[i] < 0) {
                    return;
                }
            } else {
                double r = q[i] / p[i];
                if (p[i] < 0) {
                    t0 = Math.max(t0, r);
                } else {
                    t1 = Math.min(t1, r);
                }
            }
        }
        if (t0 > t1) {
            return;
        }
        int ax = (int) Math.round(x0 + t0 * dx);
        int ay = (int) Math.round(y0 + t0 * dy);
        int bx = (int) Math.round(x0 + t1 * dx);
        int by = (int) Math.round(y0 + t1 * dy);
        boolean steep = Math.abs(by - ay) > Math.abs(bx - ax);
        step(ax, ay, bx, by);
        if (penThick) {
            // the second pixel row or column beside the first
            if (steep) {
                step(ax + 1, ay, bx + 1, by);
            } else {
                step(ax, ay + 1, bx, by + 1);
            }
        }
    }

    /** Bresenham from (ax, ay) to (bx, by), both ends included, skipping pixels outside the frame. */
    private void step(int ax, int ay, int bx, int by) {
        int dx = Math.abs(bx - ax);
        int dy = -Math.abs(by - ay);
        int sx = ax < bx ? 1 : -1;
        int sy = ay < by ? 1 : -1;
        int err = dx + dy;
        int x = ax;
        int y = ay;
        int keep = 255 - penAlpha;
        while (true) {
            if (x >= 0 && x < width && y >= 0 && y < height) {
                int i = y * width + x;
                frame[i] = over(penColour, frame[i], keep);
            }
            if (x == bx && y == by) {
                return;
            }
            int e2 = 2 * err;
            if (e2 >= dy) {
                err += dy;
                x += sx;
            }
            if (e2 <= dx) {
                err += dx;
                y += sy;
            }
        }
    }

    /** Premultiplied source over destination, with {@code keep} = 255 − the source's alpha. */
    private static int over(int src, int dst, int keep) {
        // per channel dst × keep / 255, rounded (x / 255 ≈ (x + 128 + (x >> 8)) >> 8): an opaque map stays opaque
        int rb = (dst & 0x00ff00ff) * keep;
        rb = ((rb + 0x00800080 + ((rb >>> 8) & 0x00ff00ff)) >>> 8) & 0x00ff00ff;
        int ag = ((dst >>> 8) & 0x00ff00ff) * keep;
        ag = (ag + 0x00800080 + ((ag >>> 8) & 0x00ff00ff)) & 0xff00ff00;
        return src + (rb | ag);
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
