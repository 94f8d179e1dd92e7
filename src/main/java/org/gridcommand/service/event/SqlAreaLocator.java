package org.gridcommand.service.event;

import java.util.List;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.geo.Wgs84;
import org.gridcommand.store.Database;
import org.hibernate.StatelessSession;

/**
 * Locates with the database's own spatial query ({@code st_contains}, the same HQL on H2GIS and PostGIS, backed
 * by the spatial index on {@code area.boundary}), then walks up the parents. A point in a grid that has no
 * micro-grids is still located in that grid.
 */
public final class SqlAreaLocator implements AreaLocator {
    private final Database db;

    public SqlAreaLocator(Database db) {
        this.db = db;
    }

    @Override
    public Location locate(double lon, double lat) {
        return db.transactStateless(s -> {
            Area found = smallestContaining(s, AreaLevel.MICRO_GRID, lon, lat);
            if (found == null) {
                found = smallestContaining(s, AreaLevel.GRID, lon, lat);
            }
            if (found == null) {
                return Location.OUTSIDE_EVERY_GRID;
            }
            Long micro = null;
            Long grid = null;
            Long community = null;
            Long street = null;
            for (Area a = found; a != null; a = a.getParentId() == null ? null : s.get(Area.class, a.getParentId())) {
                switch (a.getLevel()) {
                    case MICRO_GRID -> micro = a.getId();
                    case GRID -> grid = a.getId();
                    case COMMUNITY -> community = a.getId();
                    case STREET -> street = a.getId();
                    case DISTRICT -> { }
                }
            }
            return new Location(micro, grid, community, street);
        });
    }

    private static Area smallestContaining(StatelessSession s, AreaLevel level, double lon, double lat) {
        // boundaries that share an edge can both "contain" a point on it; take a stable one (lowest code)
        List<Area> hits = s.createSelectionQuery("from Area a where a.level = :level "
                        + "and st_contains(a.boundary, :p) = true order by a.code", Area.class)
                .setParameter("level", level)
                .setParameter("p", Wgs84.point(lon, lat))
                .setMaxResults(1)
                .getResultList();
        return hits.isEmpty() ? null : hits.get(0);
    }
}
