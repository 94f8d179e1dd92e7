package org.gridcommand.service.map;

import java.util.ArrayList;
import java.util.List;
import org.gridcommand.domain.map.BaseMapFeature;
import org.gridcommand.domain.map.MapFeatureKind;
import org.gridcommand.geo.index.NamedLines;
import org.gridcommand.store.Database;
import org.gridcommand.store.map.BaseMapFeatures;

/** Reads the offline base map (rivers, roads, blocks, parks, place names) from which the map tiles are rendered. */
public final class BaseMapService {
    private final BaseMapFeatures features;

    public BaseMapService(Database db) {
        this.features = new BaseMapFeatures(db);
    }

    /** The named roads among {@code features}, to say where a place is in words (the nearest road). */
    public static List<NamedLines.Line> namedRoads(List<BaseMapFeature> features) {
        List<NamedLines.Line> roads = new ArrayList<>();
        for (BaseMapFeature f : features) {
            boolean road = f.getKind() == MapFeatureKind.ROAD_MAJOR || f.getKind() == MapFeatureKind.ROAD_MINOR;
            if (road && f.getName() != null && !f.getName().isBlank() && f.getGeometry() != null) {
                roads.add(new NamedLines.Line(f.getName(), f.getGeometry()));
            }
        }
        return roads;
    }

    /**
     * Every base map feature, in id order (the painting order within a kind). Blocking database work: call it off
     * the FX thread, once at start-up; the tile renderer keeps what it needs.
     */
    public List<BaseMapFeature> features() {
        return features.all();
    }
}
