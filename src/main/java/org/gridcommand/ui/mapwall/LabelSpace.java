package org.gridcommand.ui.mapwall;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The screen space taken by labels in one frame, so that a label is only placed where it overlaps none placed
 * before it: the more important go first and the rest make way. Rectangles are bucketed in a coarse grid, so a
 * check looks at the few labels nearby, not at all of them. Reset for every frame. FX thread only.
 */
public final class LabelSpace {
    private static final double BUCKET = 64;
    private final Map<Long, List<double[]>> buckets = new HashMap<>();
    private final double gap;

    /** {@code gap}: pixels kept free around every label. */
    public LabelSpace(double gap) {
        this.gap = gap;
    }

    /** Forgets every label: a new frame. */
    public void clear() {
        buckets.clear();
    }

    /** Takes the box centred on (x, y) if it overlaps no label taken before; returns whether it did. */
    public boolean take(double x, double y, double width, double height) {
        double[] box = {x - width / 2 - gap, y - height / 2 - gap, x + width / 2 + gap, y + height / 2 + gap};
        int c0 = (int) Math.floor(box[0] / BUCKET);
        int c1 = (int) Math.floor(box[2] / BUCKET);
        int r0 = (int) Math.floor(box[1] / BUCKET);
        int r1 = (int) Math.floor(box[3] / BUCKET);
        for (int c = c0; c <= c1; c++) {
            for (int r = r0; r <= r1; r++) {
                for (double[] other : buckets.getOrDefault(key(c, r), List.of())) {
                    if (box[0] < other[2] && other[0] < box[2] && box[1] < other[3] && other[1] < box[3]) {
                        return false;
                    }
                }
            }
        }
        for (int c = c0; c <= c1; c++) {
            for (int r = r0; r <= r1; r++) {
                buckets.computeIfAbsent(key(c, r), k -> new ArrayList<>(4)).add(box);
            }
        }
        return true;
    }

    private static long key(int col, int row) {
        return ((long) col << 32) ^ (row & 0xffffffffL);
    }
}
