package org.gridcommand.ui.mapwall.tools;

import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * A layer whose features a drawn box, circle or polygon can select (events, grid workers, teams, warehouses,
 * cameras…). Layers register with {@link MapTools#addSelectable}; the tools' panel then lists what each has inside
 * the shape, under the layer's name, and a choice in that list goes back to the layer. Called on the FX thread:
 * keep {@link #within} to an index lookup (e.g. {@code org.gridcommand.geo.index.GeoQueries#within}).
 */
public interface SelectableLayer {
    /** The layer's name as the officer reads it, e.g. "摄像头". */
    String name();

    /** The layer's features inside {@code shape} (WGS84 lon/lat) or on its edge. */
    List<?> within(Geometry shape);

    /** One line for a feature of this layer in the list, in the console's language. */
    default String describe(Object item) {
        return String.valueOf(item);
    }

    /** The officer chose a feature in the list: show it (select it on the map, open its details). */
    default void choose(Object item) {
    }
}
