package org.gridcommand.ui.mapwall.layers;

import org.gridcommand.geo.tiles.WebMercator;

/**
 * What the map shows, in Gluon's terms: a screen pixel is {@code translate + world × 2^zoom}, world being Web
 * Mercator pixels at zoom 0. The same arithmetic as the boundary layer's viewport, so points sit on the tiles.
 */
record MapFrame(double zoom, double translateX, double translateY, double width, double height) {

    double scale() {
        return WebMercator.scale(zoom);
    }

    double screenX(double worldX) {
        return translateX + worldX * scale();
    }

    double screenY(double worldY) {
        return translateY + worldY * scale();
    }

    double worldX(double screenX) {
        return (screenX - translateX) / scale();
    }

    double worldY(double screenY) {
        return (screenY - translateY) / scale();
    }

    /** The integer zoom Gluon shows tiles of (a fractional zoom within 0.2 below an integer counts as it). */
    int level() {
        return (int) Math.floor(zoom + 0.2);
    }

    boolean isEmpty() {
        return width <= 0 || height <= 0;
    }
}
