package org.gridcommand.ui.mapwall;

import org.gridcommand.geo.tiles.WebMercator;
import org.locationtech.jts.geom.Envelope;

/** The zoom and centre at which a lon/lat envelope fills a view of a given size, with a margin around it. */
record Framing(double zoom, double centerLat, double centerLon) {
    /** Share of the view the area may fill, so its outline is not glued to the edges. */
    static final double FILL = 0.85;
    static final double MIN_ZOOM = 3;
    /** Gluon loads tiles up to level 19. */
    static final double MAX_ZOOM = 19;

    static Framing fit(Envelope lonLat, double viewWidth, double viewHeight) {
        double minX = WebMercator.worldX(lonLat.getMinX());
        double maxX = WebMercator.worldX(lonLat.getMaxX());
        double minY = WebMercator.worldY(lonLat.getMaxY());
        double maxY = WebMercator.worldY(lonLat.getMinY());
        // a point or a sliver must not ask for an infinite zoom
        double dx = Math.max(maxX - minX, 1e-9);
        double dy = Math.max(maxY - minY, 1e-9);
        double scale = Math.min(viewWidth * FILL / dx, viewHeight * FILL / dy);
        double zoom = Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, Math.log(scale) / Math.log(2)));
        // centre in projected space, not in degrees: Mercator stretches the north half of a tall area
        return new Framing(zoom, WebMercator.lat((minY + maxY) / 2), WebMercator.lon((minX + maxX) / 2));
    }
}
