package org.gridcommand.service.emergency;

import org.gridcommand.domain.unit.UnitKind;
import org.locationtech.jts.geom.Geometry;

/**
 * A unit with the boundary of the area it serves (null: the whole district), read once for proposals.
 *
 * @param lon longitude of a point inside its area (for distances), NaN when it has no area
 */
public record ServingUnit(long id, String code, String name, UnitKind kind, Geometry serviceArea, double lon,
                          double lat) {
}
