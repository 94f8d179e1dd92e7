package org.gridcommand.ui.mapwall;

import org.gridcommand.geo.tiles.WebMercator;
import org.locationtech.jts.geom.Envelope;

/**
 * What the map shows right now, in Gluon's own terms: the zoom and the base map's translation, so that a screen
 * pixel is {@code translate + worldPixel × 2^zoom} exactly as Gluon places its tiles. Screen means the MapView's
 * local coordinates, which are also the canvas layer's.
 */
record Viewport(double zoom, double translateX, double translateY, double width, double height) {

    double scale() {
        return WebMercator.scale(zoom);
    }

    double screenX(double worldX) {
        return translateX + worldX * scale();
    }

    double screenY(double worldY) {
        return translateY + worldY * scale();
    }

    double lon(double screenX) {
        return WebMercator.lon((screenX - translateX) / scale());
    }

    double lat(double screenY) {
        return WebMercator.lat((screenY - translateY) / scale());
    }

    /** Lon/lat of everything on screen, for the spatial index. */
    Envelope lonLat() {
        return new Envelope(lon(0), lon(width), lat(height), lat(0));
    }

    boolean isEmpty() {
        return width <= 0 || height <= 0;
    }
}
