package org.gridcommand.ui.mapwall.tools;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;

/**
 * What a drawn box, circle or polygon selected.
 *
 * @param level  the level whose areas were taken (the one drawn when the shape was finished)
 * @param areas  areas of that level inside the shape, by id
 * @param found  per selectable layer (events, people, resources…), the features inside, in the layers' order
 * @param areaM2 the shape's area in square metres
 */
public record Selection(AreaLevel level, List<Area> areas, List<Found> found, double areaM2) {
    public Selection {
        areas = List.copyOf(areas);
        found = List.copyOf(found);
    }

    /** The features of one layer inside the shape. */
    public record Found(SelectableLayer layer, List<?> items) {
        public Found {
            items = List.copyOf(items);
        }
    }

    /** Per layer name, the features inside. */
    public Map<String, List<?>> points() {
        Map<String, List<?>> byName = new LinkedHashMap<>();
        for (Found f : found) {
            byName.put(f.layer().name(), f.items());
        }
        return byName;
    }
}
