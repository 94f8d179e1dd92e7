package org.gridcommand.ui.mapwall.tools;

import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.geo.index.NamedLines;
import org.gridcommand.ui.mapwall.MapWallModel;

/**
 * A place picked on the map, located: the grid it lies in with its community and street, and the nearest named road
 * (any of them null where the map has none there).
 */
public record Place(double lon, double lat, Area grid, Area community, Area street, String road) {
    /** How near a road must be to name the place after it. */
    static final double ROAD_WITHIN_METERS = 500;

    /** Locates {@code (lon, lat)} in the map's areas and roads (in memory: FX thread is fine). */
    public static Place at(MapWallModel map, double lon, double lat) {
        NamedLines roads = map.roads();
        return new Place(lon, lat, in(map, lon, lat, AreaLevel.GRID), in(map, lon, lat, AreaLevel.COMMUNITY),
                in(map, lon, lat, AreaLevel.STREET), roads.nearest(lon, lat, ROAD_WITHIN_METERS).orElse(null));
    }

    private static Area in(MapWallModel map, double lon, double lat, AreaLevel level) {
        return map.areaIndex().locate(lon, lat, level).orElse(null);
    }

    /** {lon, lat}. */
    public double[] lonLat() {
        return new double[] {lon, lat};
    }
}
