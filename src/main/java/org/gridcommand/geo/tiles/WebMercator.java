package org.gridcommand.geo.tiles;

/**
 * Spherical Web Mercator (EPSG:3857) in "world pixels": the whole world is 256 × 256 at zoom 0 and doubles with
 * every zoom level, exactly as in Gluon Maps' {@code BaseMap} and the XYZ (slippy map) tile scheme. Tiles, canvas
 * layers and click handling all use these formulas, so polygons line up with tiles to the pixel.
 */
public final class WebMercator {
    /** Tile edge in pixels; Gluon Maps assumes 256. */
    public static final int TILE_SIZE = 256;

    /** Web Mercator is undefined at the poles; clamp like every slippy map does. */
    public static final double MAX_LATITUDE = 85.05112878;

    private WebMercator() {
    }

    /** World x at zoom 0 (0..256) of a longitude. */
    public static double worldX(double lon) {
        return (lon + 180.0) / 360.0 * TILE_SIZE;
    }

    /** World y at zoom 0 (0..256, north at 0) of a latitude. */
    public static double worldY(double lat) {
        double clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
        double rad = Math.toRadians(clamped);
        return (1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2 * TILE_SIZE;
    }

    /** Longitude of a world x at zoom 0. */
    public static double lon(double worldX) {
        return worldX / TILE_SIZE * 360.0 - 180.0;
    }

    /** Latitude of a world y at zoom 0. */
    public static double lat(double worldY) {
        double n = Math.PI * (1 - 2 * worldY / TILE_SIZE);
        return Math.toDegrees(Math.atan(Math.sinh(n)));
    }

    /** Pixels per zoom-0 world pixel at a (possibly fractional) zoom. */
    public static double scale(double zoom) {
        return Math.pow(2, zoom);
    }
}
