package org.gridcommand.service.city;

import java.util.List;
import org.gridcommand.domain.area.Area;

/**
 * What the details panel shows about one area: its place in the hierarchy and what is in it.
 *
 * @param area           the area itself
 * @param path           its ancestors from the district down to its parent
 * @param childCount     number of areas directly below it
 * @param households     households in it (summed over micro-grids for higher levels)
 * @param openEvents     events still open in it
 * @param overdueEvents  open events past their handling limit
 * @param cameras        cameras standing in it
 * @param sensors        sensors standing in it
 */
public record AreaSummary(Area area, List<Area> path, long childCount, long households, long openEvents,
                          long overdueEvents, long cameras, long sensors) {
}
