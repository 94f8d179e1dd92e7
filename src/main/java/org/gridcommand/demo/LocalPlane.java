package org.gridcommand.demo;

import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.util.AffineTransformation;
import org.locationtech.jts.geom.util.NoninvertibleTransformationException;

/**
 * A flat plane in metres around the district's centre, for operations whose size is given in metres (a river
 * 220 m wide, a lake of 700 m radius): buffering in degrees would make everything 15 % wider east–west than
 * north–south at this latitude.
 */
final class LocalPlane {
    private static final AffineTransformation TO_METRES = new AffineTransformation()
            .translate(-CityOutline.CENTER_LON, -CityOutline.CENTER_LAT)
            .scale(CityOutline.M_PER_DEG_LON, CityOutline.M_PER_DEG_LAT);
    private static final AffineTransformation TO_DEGREES;

    static {
        try {
            TO_DEGREES = TO_METRES.getInverse();
        } catch (NoninvertibleTransformationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private LocalPlane() {
    }

    /** {@code geometry} (lon/lat) widened by {@code metres} on every side. */
    static Geometry buffer(Geometry geometry, double metres) {
        Geometry local = TO_METRES.transform(geometry);
        Geometry widened = local.buffer(metres, 6);
        Geometry back = TO_DEGREES.transform(widened);
        back.setSRID(geometry.getSRID());
        return back;
    }
}
