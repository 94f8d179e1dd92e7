package org.gridcommand.geo.crs;

/**
 * A coordinate system that imported data comes in, with the conversion to WGS84 lon/lat (the only system
 * GridCommand stores). Implementations are thread-safe.
 */
public interface SourceCrs {
    /** The name as the user would write it in --crs or a mapping file. */
    String name();

    /**
     * Converts one coordinate to WGS84.
     *
     * @param x easting or longitude, in the system's unit
     * @param y northing or latitude
     * @return {lon, lat} in degrees
     * @throws IllegalArgumentException when the coordinate cannot be converted (outside the projection's domain)
     */
    double[] toWgs84(double x, double y);

    /** True for lon/lat systems; false for projected (metres / feet). Helps catch swapped or unscaled columns. */
    boolean geographic();
}
