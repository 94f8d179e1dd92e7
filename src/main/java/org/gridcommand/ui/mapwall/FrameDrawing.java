package org.gridcommand.ui.mapwall;

import java.util.Map;
import java.util.WeakHashMap;
import javafx.scene.image.Image;
import javafx.scene.image.PixelFormat;
import javafx.scene.paint.Color;

/**
 * Draws the moving map's lines and stamps its names and symbols straight into the frame the
 * {@link TileCompositor} composes (ADR 0013): without anti-aliasing, blended by opacity, clipped to the frame.
 * FX thread only.
 */
final class FrameDrawing {
    private int[] frame = new int[0];
    private int width;
    private int height;
    private final Stamp stamper = this::stampImage;
    /** The pixels of the images stamped, read once per image (symbols and name pages are made once and reused). */
    private final Map<Image, int[]> stampPixels = new WeakHashMap<>();
    /** The pen's colour (premultiplied ARGB), its opacity and whether it draws two pixels wide. */
    private int penColour;
    private int penAlpha;
    private boolean penThick;

    /** Draws into {@code pixels} ({@code w × h}, premultiplied ARGB) from now on. */
    void target(int[] pixels, int w, int h) {
        frame = pixels;
        width = w;
        height = h;
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
            public void begin(Color colour, double lineWidth) {
                int a = (int) Math.round(colour.getOpacity() * 255);
                penAlpha = a;
                penColour = (a << 24) | (premultiply(colour.getRed(), a) << 16)
                        | (premultiply(colour.getGreen(), a) << 8) | premultiply(colour.getBlue(), a);
                penThick = lineWidth >= 2;
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
}
