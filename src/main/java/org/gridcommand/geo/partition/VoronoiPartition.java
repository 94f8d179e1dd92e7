package org.gridcommand.geo.partition;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.gridcommand.geo.Wgs84;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.geom.PrecisionModel;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.operation.overlayng.CoverageUnion;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.overlayng.OverlayNGRobust;
import org.locationtech.jts.operation.polygonize.Polygonizer;
import org.locationtech.jts.triangulate.VoronoiDiagramBuilder;

/**
 * Splits a polygon into one cell per seed (Voronoi cells clipped to the parent) so that the cells tile the parent:
 * no gaps, no overlaps, every cell one valid {@link Polygon}.
 * <p>
 * Cells are not clipped one by one (each clip would round the shared edge a little differently, leaving slivers
 * of 1e-7 of the area): the Voronoi edges and the parent's boundary are noded once into one arrangement, so
 * neighbours share exactly the same vertices. A cell that falls apart (a concave parent cuts it in two) keeps its
 * largest piece; the other pieces join the neighbour they share the longest border with, so no cell is ever a
 * MultiPolygon.
 */
public final class VoronoiPartition {
    /** 1e-7 degrees, about 1 cm: the grid that outlines and seeds are rounded to, so their coordinates stay tidy. */
    public static final PrecisionModel GRID = new PrecisionModel(1e7);

    private VoronoiPartition() {
    }

    /** Rounds a polygon onto {@link #GRID} (and makes it valid): tidy coordinates for an outline drawn by code. */
    public static Polygon onGrid(Polygon polygon) {
        Geometry g = OverlayNG.overlay(polygon, Wgs84.FACTORY.createPolygon(), OverlayNG.UNION, GRID);
        return largestPolygon(g);
    }

    /**
     * The cells of {@code parent} around {@code seeds} (which must lie inside it and be distinct), in reading order
     * (rows from north to south, west to east in a row) so that the codes numbered from them read like a map.
     */
    public static List<Polygon> split(Polygon parent, List<Coordinate> seeds) {
        if (seeds.size() == 1) {
            return List.of(parent);
        }
        List<List<Polygon>> facesBySeed = facesBySeed(parent, seeds);
        List<Polygon> cells = new ArrayList<>();
        List<Polygon> orphans = new ArrayList<>();
        for (List<Polygon> faces : facesBySeed) {
            if (faces.isEmpty()) {
                continue;
            }
            List<Polygon> pieces = polygons(CoverageUnion.union(Wgs84.FACTORY.buildGeometry(faces)));
            pieces.sort(Comparator.comparingDouble(Polygon::getArea).reversed());
            cells.add(pieces.get(0));
            orphans.addAll(pieces.subList(1, pieces.size()));
        }
        for (Polygon orphan : orphans) {
            adopt(cells, orphan);
        }
        // JTS's noding walks hash-ordered structures, so a ring may start at another vertex from run to run:
        // normalizing makes the same seeds give byte-identical polygons
        cells.forEach(Geometry::normalize);
        return readingOrder(cells, Math.sqrt(parent.getArea() / cells.size()));
    }

    /**
     * Nodes the Voronoi edges together with the parent's boundary into one arrangement and polygonizes it, so
     * that neighbouring faces share exactly the same vertices; each face inside the parent goes to its nearest
     * seed (which is what a Voronoi cell is).
     */
    private static List<List<Polygon>> facesBySeed(Polygon parent, List<Coordinate> seeds) {
        VoronoiDiagramBuilder builder = new VoronoiDiagramBuilder();
        builder.setSites(seeds);
        Envelope clip = new Envelope(parent.getEnvelopeInternal());
        clip.expandBy(clip.getWidth() + clip.getHeight());
        builder.setClipEnvelope(clip);
        Geometry diagram = builder.getDiagram(Wgs84.FACTORY);
        List<Geometry> lines = new ArrayList<>();
        lines.add(parent.getBoundary());
        for (int i = 0; i < diagram.getNumGeometries(); i++) {
            if (diagram.getGeometryN(i).getEnvelopeInternal().intersects(parent.getEnvelopeInternal())) {
                lines.add(diagram.getGeometryN(i).getBoundary());
            }
        }
        Polygonizer polygonizer = new Polygonizer();
        polygonizer.add(OverlayNGRobust.union(Wgs84.FACTORY.buildGeometry(lines)));
        IndexedPointInAreaLocator inParent = new IndexedPointInAreaLocator(parent);
        List<List<Polygon>> bySeed = new ArrayList<>();
        seeds.forEach(s -> bySeed.add(new ArrayList<>()));
        for (Object face : polygonizer.getPolygons()) {
            Polygon p = (Polygon) face;
            Coordinate inside = p.getInteriorPoint().getCoordinate();
            if (inParent.locate(inside) == Location.INTERIOR) {
                bySeed.get(nearest(seeds, inside)).add(p);
            }
        }
        return bySeed;
    }

    private static int nearest(List<Coordinate> seeds, Coordinate p) {
        int best = 0;
        double bestDistance = Double.MAX_VALUE;
        for (int i = 0; i < seeds.size(); i++) {
            double dx = seeds.get(i).x - p.x;
            double dy = seeds.get(i).y - p.y;
            double d = dx * dx + dy * dy;
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }

    /** Joins a stray piece to the cell it shares the longest border with (so the union stays one polygon). */
    private static void adopt(List<Polygon> cells, Polygon orphan) {
        int best = -1;
        double bestLength = 0;
        for (int i = 0; i < cells.size(); i++) {
            Polygon cell = cells.get(i);
            if (!cell.getEnvelopeInternal().intersects(orphan.getEnvelopeInternal())) {
                continue;
            }
            double shared = cell.getBoundary().intersection(orphan.getBoundary()).getLength();
            if (shared > bestLength) {
                bestLength = shared;
                best = i;
            }
        }
        if (best < 0) {
            // touches no cell along an edge: it becomes a cell of its own rather than a hole in the tiling
            cells.add(orphan);
            return;
        }
        Geometry merged = CoverageUnion.union(Wgs84.FACTORY.createMultiPolygon(new Polygon[] {cells.get(best),
                orphan}));
        if (merged instanceof Polygon p) {
            cells.set(best, p);
        } else {
            cells.add(orphan);
        }
    }

    private static List<Polygon> readingOrder(List<Polygon> cells, double rowHeight) {
        record Placed(Polygon cell, long row, double x) {
        }
        double top = cells.stream().mapToDouble(c -> c.getEnvelopeInternal().getMaxY()).max().orElse(0);
        return cells.stream()
                .map(c -> {
                    Coordinate p = c.getInteriorPoint().getCoordinate();
                    return new Placed(c, (long) Math.floor((top - p.y) / rowHeight), p.x);
                })
                .sorted(Comparator.comparingLong(Placed::row).thenComparingDouble(Placed::x))
                .map(Placed::cell)
                .toList();
    }

    static List<Polygon> polygons(Geometry g) {
        List<Polygon> out = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p && !p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    static Polygon largestPolygon(Geometry g) {
        return polygons(g).stream().max(Comparator.comparingDouble(Polygon::getArea))
                .orElseThrow(() -> new IllegalArgumentException("no polygon in " + g.getGeometryType()));
    }
}
