package org.gridcommand.ui.mapwall;

import java.util.ArrayList;
import java.util.List;
import org.gridcommand.domain.map.BaseMapFeature;
import org.gridcommand.domain.map.MapFeatureKind;
import org.gridcommand.geo.tiles.WebMercator;
import org.locationtech.jts.geom.Point;

/**
 * A name the base map writes into its tiles (a road, the river, a lake, the district) at a world position, from the
 * zoom on which it is drawn. The boundary layer keeps its own names clear of them.
 */
public record PlaceName(String name, double worldX, double worldY, int minZoom) {

    /** The names of the base map's label features. */
    public static List<PlaceName> of(List<BaseMapFeature> features) {
        List<PlaceName> names = new ArrayList<>();
        for (BaseMapFeature f : features) {
            if (f.getKind() == MapFeatureKind.LABEL && f.getName() != null && !f.getName().isBlank()
                    && f.getGeometry() instanceof Point p) {
                names.add(new PlaceName(f.getName(), WebMercator.worldX(p.getX()), WebMercator.worldY(p.getY()),
                        f.getMinZoom()));
            }
        }
        return List.copyOf(names);
    }
}
