package org.gridcommand.geo.io;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.gridcommand.geo.FeatureProblem;
import org.locationtech.jts.algorithm.Orientation;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;

/**
 * Reads an ESRI Shapefile (.shp + .dbf, with .prj and .cpg when present) into {@link SourceFeature}s. Polygons
 * are rebuilt from rings by orientation (clockwise = shell, counter-clockwise = hole) with holes assigned to the
 * shell that contains them; a record that cannot be decoded becomes a feature with a problem, not a failed file.
 * A record deleted in the attribute table is not a feature (as in every GIS program), though its shape is still in
 * the .shp until the file is packed; features keep their record numbers ({@code #3} is the file's third record).
 *
 * <p>Why our own reader and not H2GIS's (ADR 0001): see the ADR's 2026-12 amendment.
 */
public final class Shapefile {
    private static final int POLYGON = 5;
    private static final int POLYGON_Z = 15;
    private static final int POLYGON_M = 25;
    private static final int POINT = 1;
    private static final GeometryFactory PLAIN = new GeometryFactory(new PrecisionModel(), 0);

    /** What the file set holds: features, the .prj text (or null) and the attribute encoding used. */
    public record Result(List<SourceFeature> features, String prjWkt, Charset encoding) {
    }

    private Shapefile() {
    }

    /**
     * @param shp      the .shp file; the .dbf (and optional .prj, .cpg) must sit beside it with the same base name
     * @param encoding of the attribute names and text, or null to take the .cpg, else the .dbf header's language
     *                 driver, else UTF-8 when valid, else GBK
     */
    public static Result read(Path shp, Charset encoding) {
        String base = shp.toString().replaceFirst("(?i)\\.shp$", "");
        byte[] shpBytes = bytes(shp);
        Path dbf = sibling(base, ".dbf");
        if (dbf == null) {
            throw new FeatureFileException(FeatureProblem.of("no-dbf", Path.of(base + ".dbf").getFileName(),
                    shp.getFileName()));
        }
        Path prj = sibling(base, ".prj");
        Path cpg = sibling(base, ".cpg");
        Charset charset = encoding != null ? encoding : DbfTable.charsetFromCpg(cpg);
        DbfTable table = DbfTable.read(dbf, charset);
        List<Shape> shapes = readShapes(shpBytes, shp);
        List<SourceFeature> features = new ArrayList<>(shapes.size());
        for (int i = 0; i < shapes.size(); i++) {
            DbfTable.Row row = i < table.rows().size() ? table.rows().get(i) : null;
            if (row != null && row.deleted()) {
                continue;
            }
            Map<String, Object> attrs = row == null ? Map.of() : row.values();
            Shape s = shapes.get(i);
            FeatureProblem problem = s.geometry() == null && s.problem() == null ? FeatureProblem.of("empty-shape")
                    : s.problem();
            features.add(new SourceFeature("#" + (i + 1), attrs, s.geometry(), problem));
        }
        String wkt = prj == null ? null : new String(bytes(prj), StandardCharsets.UTF_8).trim();
        return new Result(features, wkt, table.charset());
    }

    private static Path sibling(String base, String ext) {
        for (String e : List.of(ext, ext.toUpperCase())) {
            Path p = Path.of(base + e);
            if (Files.exists(p)) {
                return p;
            }
        }
        return null;
    }

    static byte[] bytes(Path p) {
        try {
            return Files.readAllBytes(p);
        } catch (NoSuchFileException e) {
            throw new FeatureFileException(FeatureProblem.of("no-file", p));
        } catch (IOException e) {
            throw new FeatureFileException(FeatureProblem.of("unreadable-file", p, e.getMessage()), e);
        }
    }

    private static List<Shape> readShapes(byte[] data, Path shp) {
        if (data.length < 100 || ByteBuffer.wrap(data, 0, 4).order(ByteOrder.BIG_ENDIAN).getInt() != 9994) {
            throw new FeatureFileException(FeatureProblem.of("not-shapefile", shp.getFileName()));
        }
        ByteBuffer buf = ByteBuffer.wrap(data);
        List<Shape> shapes = new ArrayList<>();
        int pos = 100;
        while (pos + 8 <= data.length) {
            int start = pos + 8;
            int contentBytes = contentLength(buf, start, shapes.size() + 2);
            if (contentBytes < 4 || start + contentBytes > data.length) {
                shapes.add(Shape.problem(FeatureProblem.of("truncated-record", shapes.size() + 1)));
                break;
            }
            shapes.add(decode(buf.order(ByteOrder.LITTLE_ENDIAN), start, contentBytes));
            pos = start + contentBytes;
        }
        return shapes;
    }

    /**
     * The length of the record whose content starts at {@code start}. Some writers put a wrong content length in
     * the record header while the record itself is complete; when the declared length does not lead to the next
     * record (or the end of the file) but the polygon's own part and point counts do, the counts win.
     */
    private static int contentLength(ByteBuffer buf, int start, int nextNumber) {
        int declared = buf.order(ByteOrder.BIG_ENDIAN).getInt(start - 4) * 2;
        if (leadsToNext(buf, start + declared, nextNumber) || start + 4 > buf.capacity()) {
            return declared;
        }
        int type = buf.order(ByteOrder.LITTLE_ENDIAN).getInt(start);
        if (type == POLYGON && start + 44 <= buf.capacity()) {
            long computed = 44L + 4L * buf.getInt(start + 36) + 16L * buf.getInt(start + 40);
            if (computed > 0 && computed < Integer.MAX_VALUE && leadsToNext(buf, start + (int) computed, nextNumber)) {
                return (int) computed;
            }
        }
        return declared;
    }

    private static boolean leadsToNext(ByteBuffer buf, long at, int nextNumber) {
        return at == buf.capacity() || at >= 0 && at + 8 <= buf.capacity() && recordNumberAt(buf,
                (int) at) == nextNumber;
    }

    private static int recordNumberAt(ByteBuffer buf, int at) {
        return at + 8 <= buf.capacity() && at >= 0 ? buf.order(ByteOrder.BIG_ENDIAN).getInt(at) : -1;
    }

    private static Shape decode(ByteBuffer buf, int start, int length) {
        int type = buf.getInt(start);
        try {
            return switch (type) {
                case 0 -> new Shape(null, null);
                case POINT -> new Shape(PLAIN.createPoint(
                        new Coordinate(buf.getDouble(start + 4), buf.getDouble(start + 12))), null);
                case POLYGON, POLYGON_Z, POLYGON_M -> polygon(buf, start);
                default -> Shape.problem(FeatureProblem.of("not-polygon-shape", type));
            };
        } catch (IndexOutOfBoundsException | IllegalArgumentException e) {
            return Shape.problem(FeatureProblem.of("unreadable-shape", e.getMessage()));
        }
    }

    private static Shape polygon(ByteBuffer buf, int start) {
        int numParts = buf.getInt(start + 36);
        int numPoints = buf.getInt(start + 40);
        int partsAt = start + 44;
        int pointsAt = partsAt + 4 * numParts;
        List<LinearRing> shells = new ArrayList<>();
        List<LinearRing> holes = new ArrayList<>();
        for (int p = 0; p < numParts; p++) {
            int from = buf.getInt(partsAt + 4 * p);
            int to = p + 1 < numParts ? buf.getInt(partsAt + 4 * (p + 1)) : numPoints;
            Coordinate[] ring = new Coordinate[to - from];
            for (int i = from; i < to; i++) {
                int at = pointsAt + 16 * i;
                ring[i - from] = new Coordinate(buf.getDouble(at), buf.getDouble(at + 8));
            }
            if (ring.length < 4) {
                return Shape.problem(FeatureProblem.of("ring-too-few-points", p + 1, ring.length));
            }
            if (!ring[0].equals2D(ring[ring.length - 1])) {
                return Shape.problem(FeatureProblem.of("ring-not-closed", p + 1));
            }
            LinearRing r = PLAIN.createLinearRing(ring);
            (Orientation.isCCW(ring) ? holes : shells).add(r);
        }
        if (shells.isEmpty()) {
            // some writers ignore the orientation rule: take every ring as a shell
            shells.addAll(holes);
            holes.clear();
        }
        List<Polygon> polygons = new ArrayList<>();
        List<List<LinearRing>> holesOf = new ArrayList<>();
        for (LinearRing s : shells) {
            holesOf.add(new ArrayList<>());
        }
        for (LinearRing h : holes) {
            int owner = 0;
            for (int i = 0; i < shells.size(); i++) {
                if (PLAIN.createPolygon(shells.get(i)).contains(PLAIN.createPoint(h.getCoordinateN(0)))) {
                    owner = i;
                    break;
                }
            }
            holesOf.get(owner).add(h);
        }
        for (int i = 0; i < shells.size(); i++) {
            polygons.add(PLAIN.createPolygon(shells.get(i), holesOf.get(i).toArray(new LinearRing[0])));
        }
        return new Shape(polygons.size() == 1 ? polygons.get(0)
                : PLAIN.createMultiPolygon(polygons.toArray(new Polygon[0])), null);
    }

    /** One decoded record: a geometry, or the reason there is none. */
    private record Shape(Geometry geometry, FeatureProblem problem) {
        static Shape problem(FeatureProblem why) {
            return new Shape(null, why);
        }
    }
}
