package org.gridcommand.ui.mapwall.tools;

import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * A point layer whose features a drawn circle or polygon can select (cameras, sensors, events, resources). The
 * point layers implement it and register with {@link MapTools#addSelectable}; the tools then show how many of each
 * lie inside the drawn shape. Called on the FX thread: keep {@link #within} to an index lookup
 * (e.g. {@code org.gridcommand.geo.index.GeoQueries#within}).
 */
public interface SelectableLayer {
    /** The layer's name as the officer reads it, e.g. "摄像头". */
    String name();

    /** The layer's features inside {@code shape} (WGS84 lon/lat) or on its edge. */
    List<?> within(Geometry shape);
}
