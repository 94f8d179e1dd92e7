package org.gridcommand.service.emergency;

import org.gridcommand.domain.emergency.AreaKind;
import org.locationtech.jts.geom.Geometry;

/**
 * The affected area as a shape, its centre (the point distances are measured from), and how it was given.
 *
 * @param radiusMeters the circle's radius for a circle, else null
 * @param description  what a person calls it, e.g. "以 31.2300,121.4700 为中心半径 2000 米" or grid names
 */
public record ResolvedArea(AreaKind kind, Geometry shape, double centreLon, double centreLat, Double radiusMeters,
                           String description) {

    /** How large the area is, in square kilometres (for a drawn polygon, which has no name). */
    public double areaKm2() {
        return AreaShapes.areaKm2(shape);
    }
}
