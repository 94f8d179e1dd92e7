package org.gridcommand.service.export;

import java.util.Locale;

/** The formats events are exported in. */
public enum ExportFormat {
    /** a spreadsheet: UTF-8 with a BOM so that Excel shows the Chinese */
    CSV,
    /** a GeoJSON FeatureCollection of points (events without a position have a null geometry) */
    GEOJSON,
    /** an Open311 GeoReport v2 array of service requests */
    OPEN311;

    /** Reads "csv", "geojson" or "open311". */
    public static ExportFormat parse(String s) {
        try {
            return valueOf(s.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new IllegalArgumentException("Unknown format '" + s + "': use csv, geojson or open311.");
        }
    }
}
