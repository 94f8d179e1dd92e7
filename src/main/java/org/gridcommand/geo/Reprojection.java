package org.gridcommand.geo;

import org.gridcommand.geo.crs.CoordinateSystems;
import org.gridcommand.geo.crs.SourceCrs;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.CoordinateSequenceFilter;
import org.locationtech.jts.geom.Geometry;

/** Converts a whole geometry from a source coordinate system to WGS84 lon/lat (SRID 4326). */
public final class Reprojection {
    private Reprojection() {
    }

    /**
     * @throws IllegalArgumentException when a coordinate cannot be converted (the message names it)
     */
    public static Geometry toWgs84(Geometry g, SourceCrs crs) {
        Geometry copy = Wgs84.FACTORY.createGeometry(g);
        if (crs == CoordinateSystems.WGS84) {
            return copy;
        }
        copy.apply(new CoordinateSequenceFilter() {
            @Override
            public void filter(CoordinateSequence seq, int i) {
                double[] p = crs.toWgs84(seq.getX(i), seq.getY(i));
                seq.setOrdinate(i, 0, p[0]);
                seq.setOrdinate(i, 1, p[1]);
            }

            @Override
            public boolean isDone() {
                return false;
            }

            @Override
            public boolean isGeometryChanged() {
                return true;
            }
        });
        copy.geometryChanged();
        return copy;
    }
}
