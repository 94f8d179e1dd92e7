package org.gridcommand.geo.crs;

import java.util.Locale;
import org.gridcommand.geo.FeatureProblem;
import org.locationtech.proj4j.CRSFactory;
import org.locationtech.proj4j.CoordinateReferenceSystem;
import org.locationtech.proj4j.CoordinateTransform;
import org.locationtech.proj4j.CoordinateTransformFactory;
import org.locationtech.proj4j.ProjCoordinate;
import org.locationtech.proj4j.UnknownAuthorityCodeException;

/**
 * Names → {@link SourceCrs}. Understands what Chinese deployments really hold: WGS84, CGCS2000 (EPSG:4490, and its
 * Gauss-Krüger zones EPSG:4491–4554), GCJ-02 (Gaode/AMap, Tencent), BD-09 (Baidu), and any EPSG code proj4j knows
 * (e.g. EPSG:2263 for New York State Plane feet).
 */
public final class CoordinateSystems {
    private static final CRSFactory CRS_FACTORY = new CRSFactory();

    /** WGS84 lon/lat: nothing to do. */
    public static final SourceCrs WGS84 = new Offset("WGS84", (x, y) -> new double[] {x, y});

    /**
     * CGCS2000 lon/lat. Its ellipsoid and frame differ from WGS84 by centimetres, far below what a grid boundary or
     * an event location needs, so it is taken as is (the usual practice for city-scale data).
     */
    public static final SourceCrs CGCS2000 = new Offset("CGCS2000", (x, y) -> new double[] {x, y});

    public static final SourceCrs GCJ02 = new Offset("GCJ02", ChinaOffsets::gcj02ToWgs84);

    public static final SourceCrs BD09 = new Offset("BD09", ChinaOffsets::bd09ToWgs84);

    private CoordinateSystems() {
    }

    /**
     * The system called {@code name}: WGS84, CGCS2000, GCJ02 (also GCJ-02, AMAP, GAODE, TENCENT), BD09 (also BD-09,
     * BAIDU) or EPSG:n.
     *
     * @throws IllegalArgumentException naming the accepted forms when {@code name} is not one of them
     */
    public static SourceCrs parse(String name) {
        if (name == null || name.isBlank()) {
            return WGS84;
        }
        String n = name.trim().toUpperCase(Locale.ROOT).replace("_", "").replace(" ", "");
        switch (n) {
            case "WGS84", "WGS-84", "EPSG:4326", "CRS84", "4326":
                return WGS84;
            case "CGCS2000", "EPSG:4490", "4490":
                return CGCS2000;
            case "GCJ02", "GCJ-02", "AMAP", "GAODE", "TENCENT", "QQ", "MARS":
                return GCJ02;
            case "BD09", "BD-09", "BAIDU", "BD09LL":
                return BD09;
            default:
                break;
        }
        if (n.startsWith("EPSG:")) {
            return epsg(Integer.parseInt(n.substring(5)));
        }
        throw new UnknownCoordinateSystemException(FeatureProblem.of("unknown-crs", name), null);
    }

    /**
     * The EPSG system {@code code}, projected or geographic.
     *
     * @throws IllegalArgumentException when proj4j does not know it
     */
    public static SourceCrs epsg(int code) {
        if (code == 4326) {
            return WGS84;
        }
        if (code == 4490) {
            return CGCS2000;
        }
        try {
            CoordinateReferenceSystem source = CRS_FACTORY.createFromName("EPSG:" + code);
            return fromProj4j("EPSG:" + code, source);
        } catch (UnknownAuthorityCodeException | IllegalStateException e) {
            throw new UnknownCoordinateSystemException(FeatureProblem.of("unknown-epsg", code, e.getMessage()), e);
        }
    }

    /** A system given as proj4 parameters (used for .prj files without an EPSG code). */
    public static SourceCrs proj4(String name, String parameters) {
        return fromProj4j(name, CRS_FACTORY.createFromParameters(name, parameters));
    }

    private static SourceCrs fromProj4j(String name, CoordinateReferenceSystem source) {
        CoordinateReferenceSystem wgs84 = CRS_FACTORY.createFromName("EPSG:4326");
        CoordinateTransform transform = new CoordinateTransformFactory().createTransform(source, wgs84);
        boolean geographic = source.getProjection() == null
                || "longlat".equals(source.getProjection().getName());
        return new Projected(name, transform, geographic);
    }

    @FunctionalInterface
    private interface Conversion {
        double[] apply(double x, double y);
    }

    private record Offset(String name, Conversion conversion) implements SourceCrs {
        @Override
        public double[] toWgs84(double x, double y) {
            return conversion.apply(x, y);
        }

        @Override
        public boolean geographic() {
            return true;
        }
    }

    /** proj4j transforms keep scratch state, so calls are serialised. */
    private static final class Projected implements SourceCrs {
        private final String name;
        private final CoordinateTransform transform;
        private final boolean geographic;

        Projected(String name, CoordinateTransform transform, boolean geographic) {
            this.name = name;
            this.transform = transform;
            this.geographic = geographic;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public boolean geographic() {
            return geographic;
        }

        @Override
        public synchronized double[] toWgs84(double x, double y) {
            ProjCoordinate out = new ProjCoordinate();
            try {
                transform.transform(new ProjCoordinate(x, y), out);
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("(" + x + ", " + y + ") cannot be converted from " + name + ": "
                        + e.getMessage(), e);
            }
            if (Double.isNaN(out.x) || Double.isNaN(out.y)) {
                throw new IllegalArgumentException("(" + x + ", " + y + ") is outside " + name);
            }
            return new double[] {out.x, out.y};
        }
    }
}
