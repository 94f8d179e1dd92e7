package org.gridcommand.geo.tiles;

import org.locationtech.jts.geom.Envelope;

/** The lon/lat extent of one XYZ tile, optionally grown by a margin in tile pixels. */
public final class TileBounds {
    private TileBounds() {
    }

    /** Lon/lat envelope of tile z/x/y grown by {@code marginPx} pixels on every side. */
    public static Envelope lonLat(int z, long x, long y, double marginPx) {
        double scale = WebMercator.scale(z);
        double size = WebMercator.TILE_SIZE;
        double minWx = (x * size - marginPx) / scale;
        double maxWx = ((x + 1) * size + marginPx) / scale;
        double minWy = (y * size - marginPx) / scale;
        double maxWy = ((y + 1) * size + marginPx) / scale;
        return new Envelope(WebMercator.lon(minWx), WebMercator.lon(maxWx),
                WebMercator.lat(maxWy), WebMercator.lat(minWy));
    }
}
