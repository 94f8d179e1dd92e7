package org.gridcommand.ui.mapwall.tools;

import java.util.List;
import java.util.Map;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;

/**
 * What a drawn shape selected.
 *
 * @param level  the level whose areas were taken (the one drawn when the shape was finished)
 * @param areas  areas of that level inside the shape, by id
 * @param points per selectable layer name, the features inside
 * @param areaM2 the shape's area in square metres
 */
public record Selection(AreaLevel level, List<Area> areas, Map<String, List<?>> points, double areaM2) {
}
