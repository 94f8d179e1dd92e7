package org.gridcommand.demo;

import java.util.Set;
import java.util.function.LongSupplier;
import org.gridcommand.domain.map.MapFeatureKind;
import org.gridcommand.geo.Wgs84;
import org.gridcommand.store.bulk.BulkTable;
import org.gridcommand.store.bulk.BulkWriter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.linearref.LengthIndexedLine;

/**
 * Writes the base map's vector features, which the tile renderer draws: land, water, parks, blocks, roads and
 * labels. {@code min_zoom} says from which zoom a feature is worth drawing (blocks and lanes only close up).
 */
final class BaseMap {
    private final BulkTable features;
    private final LongSupplier ids;

    BaseMap(BulkWriter writer, LongSupplier ids) {
        this.features = writer.table("basemap_feature", Set.of("geometry"), "id", "kind", "name",
                "min_zoom", "geometry");
        this.ids = ids;
    }

    void write(CityOutline outline, AreaHierarchy areas, Waterways water, RoadNetwork roads) {
        add(MapFeatureKind.LAND, PlaceNames.DISTRICT, 0, outline.boundary());
        add(MapFeatureKind.WATER, PlaceNames.RIVER, 9, water.river);
        for (Waterways.Lake lake : water.lakes) {
            add(MapFeatureKind.WATER, lake.name(), 10, lake.shape());
            add(MapFeatureKind.LABEL, lake.name(), 13, lake.shape().getInteriorPoint());
        }
        for (RoadNetwork.Park park : roads.parks) {
            add(MapFeatureKind.PARK, park.name(), 12, park.shape());
            add(MapFeatureKind.LABEL, park.name(), 15, park.shape().getInteriorPoint());
        }
        for (Geometry block : roads.blocks) {
            add(MapFeatureKind.BLOCK, null, 14, block);
        }
        for (Geometry lane : roads.minorRoads) {
            add(MapFeatureKind.ROAD_MINOR, null, 14, lane);
        }
        for (RoadNetwork.Road road : roads.majorRoads) {
            if (road.line().isEmpty()) {
                continue;
            }
            add(MapFeatureKind.ROAD_MAJOR, road.name(), road.ring() ? 10 : 11, road.line());
            add(MapFeatureKind.LABEL, road.name(), road.ring() ? 12 : 13, labelPoint(road.line()));
        }
        // the river's name appears three times along its course, as on a printed map
        Geometry inDistrict = water.centreLine.intersection(outline.boundary());
        LengthIndexedLine course = new LengthIndexedLine(inDistrict);
        for (double f : new double[] {0.2, 0.5, 0.8}) {
            Coordinate at = course.extractPoint(inDistrict.getLength() * f);
            add(MapFeatureKind.LABEL, PlaceNames.RIVER, f == 0.5 ? 11 : 13, Wgs84.point(at.x, at.y));
        }
        add(MapFeatureKind.LABEL, PlaceNames.DISTRICT, 9, areas.district.boundary.getInteriorPoint());
        // no street names: the map wall's boundary layer names the streets with their outlines, and a second copy
        // baked into the tiles showed as stray marks around it
    }

    private static Geometry labelPoint(Geometry line) {
        LineString longest = null;
        for (int i = 0; i < line.getNumGeometries(); i++) {
            if (line.getGeometryN(i) instanceof LineString l && (longest == null
                    || l.getLength() > longest.getLength())) {
                longest = l;
            }
        }
        Coordinate mid = new LengthIndexedLine(longest).extractPoint(longest.getLength() * 0.5);
        return Wgs84.point(mid.x, mid.y);
    }

    private void add(MapFeatureKind kind, String name, int minZoom, Geometry geometry) {
        geometry.setSRID(Wgs84.SRID);
        features.insert(ids.getAsLong(), kind, name, minZoom, geometry);
    }
}
