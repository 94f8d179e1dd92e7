package org.gridcommand.ui.mapwall;

import java.util.Arrays;

/**
 * The screen space taken by labels in one frame, so that a label is only placed where it overlaps none placed
 * before it: the more important go first and the rest make way. A frame places a few hundred labels at most, so the
 * boxes are kept in one flat array and scanned: no allocation per label in the drawing loop. Reset for every frame.
 * FX thread only.
 */
public final class LabelSpace {
    private final double gap;
    private double[] boxes = new double[4 * 256];
    private int count;

    /** {@code gap}: pixels kept free around every label. */
    public LabelSpace(double gap) {
        this.gap = gap;
    }

    /** Forgets every label: a new frame. */
    public void clear() {
        count = 0;
    }

    /** Takes the box centred on (x, y) if it overlaps no label taken before; returns whether it did. */
    public boolean take(double x, double y, double width, double height) {
        double x0 = x - width / 2 - gap;
        double y0 = y - height / 2 - gap;
        double x1 = x + width / 2 + gap;
        double y1 = y + height / 2 + gap;
        for (int i = 0; i < 4 * count; i += 4) {
            if (x0 < boxes[i + 2] && boxes[i] < x1 && y0 < boxes[i + 3] && boxes[i + 1] < y1) {
                return false;
            }
        }
        if (4 * count + 4 > boxes.length) {
            boxes = Arrays.copyOf(boxes, boxes.length * 2);
        }
        int i = 4 * count++;
        boxes[i] = x0;
        boxes[i + 1] = y0;
        boxes[i + 2] = x1;
        boxes[i + 3] = y1;
        return true;
    }
}
