package org.gridcommand.service.emergency;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.emergency.AffectedArea;
import org.gridcommand.domain.emergency.AreaKind;
import org.gridcommand.geo.Wgs84;
import org.gridcommand.store.Database;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.CoordinateSequence;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.util.GeometryTransformer;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/** Turns what the commander gave as the affected area into a WGS84 shape with a centre. */
public final class AreaShapes {
    /** Metres per degree of latitude on the mean sphere. */
    private static final double M_PER_DEG = Math.toRadians(1) * Wgs84.EARTH_RADIUS_M;

    private final Database database;

    AreaShapes(Database database) {
        this.database = database;
    }

    ResolvedArea resolve(AffectedArea area) {
        if (area instanceof AffectedArea.Circle c) {
            Geometry shape = bufferMeters(Wgs84.point(c.lon(), c.lat()), c.radiusMeters());
            return new ResolvedArea(AreaKind.CIRCLE, shape, c.lon(), c.lat(), c.radiusMeters(),
                    String.format(Locale.ROOT, "以 %.5f,%.5f 为中心半径 %.0f 米的范围", c.lat(), c.lon(),
                            c.radiusMeters()));
        }
        if (area instanceof AffectedArea.Polygon p) {
            Geometry shape = withSrid(p.shape());
            if (!shape.isValid()) {
                shape = shape.buffer(0); // self-touching rings drawn by hand: repair rather than refuse
            }
            Point c = shape.getInteriorPoint();
            return new ResolvedArea(AreaKind.POLYGON, shape, c.getX(), c.getY(), null,
                    String.format(Locale.ROOT, "指定多边形区域（约 %.2f 平方公里）", areaKm2(shape)));
        }
        if (area instanceof AffectedArea.Buffer b) {
            Geometry shape = bufferMeters(withSrid(b.incident()), b.meters());
            Point c = b.incident().getInteriorPoint();
            return new ResolvedArea(AreaKind.BUFFER, shape, c.getX(), c.getY(), null,
                    String.format(Locale.ROOT, "事发地周边 %.0f 米范围", b.meters()));
        }
        AffectedArea.Areas a = (AffectedArea.Areas) area;
        List<Area> found = database.transact(s -> s.createSelectionQuery("from Area a where a.id in :ids", Area.class)
                .setParameter("ids", a.areaIds()).getResultList());
        if (found.size() != a.areaIds().size()) {
            List<Long> missing = new ArrayList<>(a.areaIds());
            found.forEach(f -> missing.remove(f.getId()));
            throw new IllegalArgumentException("no area with id " + missing);
        }
        List<Geometry> shapes = new ArrayList<>();
        for (Area f : found) {
            if (f.getBoundary() == null) {
                throw new IllegalArgumentException(f.getName() + " (" + f.getCode() + ") has no boundary yet");
            }
            shapes.add(f.getBoundary());
        }
        Geometry shape = withSrid(UnaryUnionOp.union(shapes));
        Point c = shape.getInteriorPoint();
        String names = String.join("、", found.stream().map(Area::getName).toList());
        return new ResolvedArea(AreaKind.AREAS, shape, c.getX(), c.getY(), null,
                names.length() > 280 ? names.substring(0, 277) + "…" : names);
    }

    /**
     * Buffers in metres on a local equirectangular plane around the geometry: exact enough at city scale
     * (under 0.5 % at 50 km) and independent of any projection library.
     */
    public static Geometry bufferMeters(Geometry g, double meters) {
        double lat0 = g.getCentroid().getY();
        double kx = Math.cos(Math.toRadians(lat0)) * M_PER_DEG;
        Geometry local = scale(g, kx, M_PER_DEG);
        Geometry buffered = local.buffer(meters, 16);
        return withSrid(scale(buffered, 1 / kx, 1 / M_PER_DEG));
    }

    static double areaKm2(Geometry g) {
        double lat0 = g.getCentroid().getY();
        return scale(g, Math.cos(Math.toRadians(lat0)) * M_PER_DEG, M_PER_DEG).getArea() / 1e6;
    }

    private static Geometry scale(Geometry g, double kx, double ky) {
        return new GeometryTransformer() {
            @Override
            protected CoordinateSequence transformCoordinates(
                    CoordinateSequence coords, Geometry parent) {
                Coordinate[] out = new Coordinate[coords.size()];
                for (int i = 0; i < out.length; i++) {
                    out[i] = new Coordinate(coords.getX(i) * kx, coords.getY(i) * ky);
                }
                return factory.getCoordinateSequenceFactory().create(out);
            }
        }.transform(g);
    }

    private static Geometry withSrid(Geometry g) {
        if (g.getSRID() == Wgs84.SRID && g.getFactory().getSRID() == Wgs84.SRID) {
            return g;
        }
        return Wgs84.FACTORY.createGeometry(g);
    }
}
