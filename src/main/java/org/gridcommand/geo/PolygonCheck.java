package org.gridcommand.geo;

import java.util.List;
import java.util.Locale;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.MultiPolygon;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.Polygonal;
import org.locationtech.jts.geom.util.GeometryFixer;
import org.locationtech.jts.geom.util.PolygonExtracter;
import org.locationtech.jts.operation.valid.IsValidOp;
import org.locationtech.jts.operation.valid.TopologyValidationError;

/**
 * Decides whether an imported boundary can be used: valid polygons pass; invalid ones (self-intersections, bad
 * rings) are repaired when the repair keeps an area; the rest are rejected with a reason an administrator can act
 * on. Input must already be in WGS84 lon/lat.
 */
public final class PolygonCheck {
    /** What happened to one boundary. */
    public enum Outcome { OK, REPAIRED, REJECTED }

    /**
     * @param geometry the usable boundary (SRID 4326), null when rejected
     * @param reason   why it was repaired or rejected; null when OK
     */
    public record Result(Geometry geometry, Outcome outcome, FeatureProblem reason) {
    }

    private static final Envelope LON_LAT = new Envelope(-180, 180, -90, 90);

    private PolygonCheck() {
    }

    public static Result check(Geometry g) {
        if (g == null || g.isEmpty()) {
            return new Result(null, Outcome.REJECTED, FeatureProblem.of("no-geometry"));
        }
        if (!(g instanceof Polygonal)) {
            return new Result(null, Outcome.REJECTED, FeatureProblem.of("not-polygon",
                    FeatureProblem.of("geometry." + g.getGeometryType())));
        }
        if (!LON_LAT.contains(g.getEnvelopeInternal())) {
            Envelope e = g.getEnvelopeInternal();
            return new Result(null, Outcome.REJECTED, FeatureProblem.of("not-lon-lat",
                    String.format(Locale.ROOT, "%.1f", e.getMinX()), String.format(Locale.ROOT, "%.1f", e.getMinY())));
        }
        Geometry wgs = Wgs84.FACTORY.createGeometry(g);
        TopologyValidationError error = new IsValidOp(wgs).getValidationError();
        if (error == null) {
            return new Result(wgs, Outcome.OK, null);
        }
        Geometry fixed = polygonalPart(GeometryFixer.fix(wgs));
        if (fixed == null || fixed.isEmpty() || fixed.getArea() <= 0 || !fixed.isValid()) {
            return new Result(null, Outcome.REJECTED, describe("not-repairable", error));
        }
        return new Result(Wgs84.FACTORY.createGeometry(fixed), Outcome.REPAIRED, describe("repaired", error));
    }

    private static Geometry polygonalPart(Geometry g) {
        if (g instanceof Polygon || g instanceof MultiPolygon) {
            return g;
        }
        @SuppressWarnings("unchecked")
        List<Polygon> polygons = PolygonExtracter.getPolygons(g);
        if (polygons.isEmpty()) {
            return null;
        }
        return polygons.size() == 1 ? polygons.get(0)
                : g.getFactory().createMultiPolygon(polygons.toArray(new Polygon[0]));
    }

    /** What JTS found, and where (its error types are the keys of the sentences: problem.topology.N). */
    private static FeatureProblem describe(String code, TopologyValidationError error) {
        var c = error.getCoordinate();
        return FeatureProblem.of(code, FeatureProblem.of("topology." + error.getErrorType()),
                c == null ? "?" : String.format(Locale.ROOT, "%.6f", c.x),
                c == null ? "?" : String.format(Locale.ROOT, "%.6f", c.y));
    }
}
