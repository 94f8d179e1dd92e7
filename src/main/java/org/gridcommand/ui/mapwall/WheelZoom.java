package org.gridcommand.ui.mapwall;

import javafx.scene.input.ScrollEvent;

/**
 * How far the mouse wheel or a trackpad zooms the map. Gluon zooms a tenth of a level per event whatever the event
 * says, so an officer needed ~35 notches from the micro-grids out to a community, and a trackpad's stream of tiny
 * scrolls raced through levels. Here the zoom follows the distance scrolled: one wheel notch is half a level, and
 * a trackpad's small deltas add up to the same half level per notch's worth of scrolling.
 */
final class WheelZoom {
    /** One wheel notch. Half a level: the area shown halves in about two notches, a clear but not disorienting step. */
    static final double LEVELS_PER_NOTCH = 0.5;
    /**
     * Pixels JavaFX reports for one notch (its scroll multiplier on Linux and Windows); used when an event carries
     * no multiplier of its own (1, as events made by code or by some platforms' robots do).
     */
    static final double NOTCH_PIXELS = 40;
    /** A burst from a fast wheel or a flick arrives as one large delta: never more than this per event. */
    static final double MOST_LEVELS_PER_EVENT = 1.5;

    private WheelZoom() {
    }

    /** The zoom change (levels, positive is closer) asked for by one scroll event; 0 for a sideways scroll. */
    static double levels(ScrollEvent e) {
        double notch = e.getMultiplierY() > 1 ? e.getMultiplierY() : NOTCH_PIXELS;
        return levels(e.getDeltaY(), notch);
    }

    /** The zoom change for {@code deltaY} pixels scrolled, where a notch is {@code notchPixels}. */
    static double levels(double deltaY, double notchPixels) {
        double levels = deltaY / notchPixels * LEVELS_PER_NOTCH;
        return Math.max(-MOST_LEVELS_PER_EVENT, Math.min(MOST_LEVELS_PER_EVENT, levels));
    }
}
