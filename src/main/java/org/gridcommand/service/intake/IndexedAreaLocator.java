package org.gridcommand.service.intake;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.geo.index.AreaIndex;
import org.gridcommand.service.event.AreaLocator;
import org.gridcommand.service.event.Location;

/**
 * Locates in memory with the map wall's {@link AreaIndex}: the micro-grid containing the point (else the grid),
 * then its parents up to the street. Answers like {@link org.gridcommand.service.event.SqlAreaLocator} without a
 * query per point, which bulk imports need. Thread-safe once built.
 */
public final class IndexedAreaLocator implements AreaLocator {
    private final AreaIndex index;
    private final Map<Long, Area> byId = new HashMap<>();

    public IndexedAreaLocator(Collection<Area> areas) {
        this.index = new AreaIndex(areas);
        areas.forEach(a -> byId.put(a.getId(), a));
    }

    @Override
    public Location locate(double lon, double lat) {
        Optional<Area> found = index.locate(lon, lat, AreaLevel.MICRO_GRID);
        if (found.isEmpty()) {
            found = index.locate(lon, lat, AreaLevel.GRID);
        }
        if (found.isEmpty()) {
            return Location.OUTSIDE_EVERY_GRID;
        }
        Long micro = null;
        Long grid = null;
        Long community = null;
        Long street = null;
        int depth = 0;
        for (Area a = found.get(); a != null && depth++ < 10; a = a.getParentId() == null ? null
                : byId.get(a.getParentId())) {
            switch (a.getLevel()) {
                case MICRO_GRID -> micro = a.getId();
                case GRID -> grid = a.getId();
                case COMMUNITY -> community = a.getId();
                case STREET -> street = a.getId();
                case DISTRICT -> { }
            }
        }
        return new Location(micro, grid, community, street);
    }

    /** The area's code, or null. */
    String code(Long areaId) {
        Area a = areaId == null ? null : byId.get(areaId);
        return a == null ? null : a.getCode();
    }
}
