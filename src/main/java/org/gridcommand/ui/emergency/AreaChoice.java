package org.gridcommand.ui.emergency;

import java.util.List;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.emergency.AffectedArea;
import org.locationtech.jts.geom.Geometry;

/**
 * How the commander named the affected area: the area selected on the map (grid, community, street), a circle
 * around a clicked incident point, or a shape drawn on the map.
 */
sealed interface AreaChoice {

    AffectedArea toAffectedArea();

    /** Whole area(s) as selected on the map or in the tree. */
    record Selected(Area area) implements AreaChoice {
        @Override
        public AffectedArea toAffectedArea() {
            return new AffectedArea.Areas(List.of(area.getId()));
        }
    }

    /** A circle of {@code radiusMeters} around the incident point. */
    record Circle(double lon, double lat, double radiusMeters) implements AreaChoice {
        @Override
        public AffectedArea toAffectedArea() {
            return new AffectedArea.Circle(lon, lat, radiusMeters);
        }
    }

    /** A polygon drawn on the map. */
    record Drawn(Geometry shape) implements AreaChoice {
        @Override
        public AffectedArea toAffectedArea() {
            return new AffectedArea.Polygon(shape);
        }
    }
}
