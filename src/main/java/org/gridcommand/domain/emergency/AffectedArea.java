package org.gridcommand.domain.emergency;

import java.util.List;
import org.locationtech.jts.geom.Geometry;

/**
 * The area the commander declares affected: a circle drawn on the map, a polygon, a buffer around the incident,
 * or whole grids/communities (the union of their boundaries).
 */
public sealed interface AffectedArea {

    /** A circle of {@code radiusMeters} around (lon, lat). */
    record Circle(double lon, double lat, double radiusMeters) implements AffectedArea {
        public Circle {
            if (!(lon >= -180 && lon <= 180) || !(lat >= -90 && lat <= 90)) {
                throw new IllegalArgumentException("circle centre " + lat + "," + lon + " is not a WGS84 position "
                        + "(latitude −90…90, longitude −180…180)");
            }
            if (!(radiusMeters > 0 && radiusMeters <= 200_000)) {
                throw new IllegalArgumentException("circle radius must be between 0 and 200,000 m, was "
                        + radiusMeters);
            }
        }
    }

    /** A polygon (or multipolygon) in WGS84. */
    record Polygon(Geometry shape) implements AffectedArea {
        public Polygon {
            if (shape == null || shape.isEmpty() || shape.getDimension() != 2) {
                throw new IllegalArgumentException("the affected area must be a non-empty polygon");
            }
        }
    }

    /** {@code meters} around an incident geometry (a point, a stretch of river, a road). */
    record Buffer(Geometry incident, double meters) implements AffectedArea {
        public Buffer {
            if (incident == null || incident.isEmpty()) {
                throw new IllegalArgumentException("a buffer needs an incident location");
            }
            if (!(meters > 0 && meters <= 200_000)) {
                throw new IllegalArgumentException("buffer distance must be between 0 and 200,000 m, was " + meters);
            }
        }
    }

    /** Whole grids or communities by id. */
    record Areas(List<Long> areaIds) implements AffectedArea {
        public Areas {
            if (areaIds == null || areaIds.isEmpty()) {
                throw new IllegalArgumentException("name at least one grid or community");
            }
            areaIds = List.copyOf(areaIds);
        }
    }
}
