package org.gridcommand.geo.index;

import java.util.Arrays;
import java.util.List;
import org.gridcommand.domain.area.Area;
import org.locationtech.jts.algorithm.PointLocation;
import org.locationtech.jts.algorithm.locate.IndexedPointInAreaLocator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Location;
import org.locationtech.jts.geom.Polygon;

/**
 * Point-in-area lookup for ONE level: a uniform grid of cells over the level's extent, each cell listing the areas
 * that may hold a point in it. A cell that no boundary edge touches lies wholly inside (or outside) each area around
 * it, so a point there is answered without any geometry test; only cells crossed by an edge test the point, with
 * JTS's indexed point-in-area locator (the engine of PreparedGeometry, without building a Point per call).
 *
 * <p>Why not the STR-tree plus {@code PreparedGeometry.covers(point)}: that costs a tree walk, a Point allocation and
 * the generic predicate machinery per locate (~0.3 M locates/s on the demo city); this is several times faster and
 * gives identical answers (covers: a point on an edge is inside; lowest id wins between areas sharing the point).
 *
 * <p>Immutable once built; built by one thread and published through a volatile field by {@link AreaIndex}.
 */
final class LocateGrid {
    /**
     * Cells per area: more cells, more points answered without a test. At 64 (about 8 × 8 per area) roughly half
     * the cells lie wholly inside one area; the grid takes ~4 MB for the demo city's 7,100 micro-grids.
     */
    private static final int CELLS_PER_AREA = 64;
    private static final int MAX_CELLS = 1 << 22;
    /** Polygons up to this many points are tested ring by ring, larger ones through JTS's indexed locator. */
    private static final int SMALL = 48;

    private final Area[] areas;
    private final IndexedPointInAreaLocator[] locators;
    private final double minX;
    private final double minY;
    private final double maxX;
    private final double maxY;
    private final double cellW;
    private final double cellH;
    private final int cols;
    private final int rows;
    /**
     * Per cell c: candidates {@code entries[cellStart[c] .. cellStart[c+1])}, each {@code index << 1 | wholeCell},
     * ascending, so the first covering one is the answer. Flat arrays: one object, not one per cell.
     */
    private final int[] cellStart;
    private final int[] entries;
    /** Rings of small polygons ({@code rings[i][0]} the shell…), tested directly; null where the locator is used. */
    private final Coordinate[][][] rings;

    /** {@code sorted} are the areas of one level with boundaries, in tie-break order (the first wins). */
    LocateGrid(List<Area> sorted) {
        areas = sorted.toArray(new Area[0]);
        locators = new IndexedPointInAreaLocator[areas.length];
        Envelope all = new Envelope();
        for (Area a : areas) {
            all.expandToInclude(a.getBoundary().getEnvelopeInternal());
        }
        minX = all.getMinX();
        minY = all.getMinY();
        maxX = all.getMaxX();
        maxY = all.getMaxY();
        double w = Math.max(all.getWidth(), 1e-9);
        double h = Math.max(all.getHeight(), 1e-9);
        long target = Math.min(MAX_CELLS, Math.max(16L, (long) areas.length * CELLS_PER_AREA));
        double cell = Math.sqrt(w * h / target);
        cols = (int) Math.max(1, Math.min(MAX_CELLS, Math.ceil(w / cell)));
        rows = (int) Math.max(1, Math.min(MAX_CELLS / cols, Math.ceil(h / cell)));
        cellW = w / cols;
        cellH = h / rows;
        rings = new Coordinate[areas.length][][];
        Pairs pairs = new Pairs();
        for (int i = 0; i < areas.length; i++) {
            locators[i] = new IndexedPointInAreaLocator(areas[i].getBoundary());
            rings[i] = smallPolygonRings(areas[i].getBoundary());
            addArea(i, pairs);
        }
        // counting sort by cell; stable, so each cell's candidates stay in ascending area order
        int cellCount = cols * rows;
        cellStart = new int[cellCount + 1];
        for (int k = 0; k < pairs.size; k++) {
            cellStart[pairs.cells[k] + 1]++;
        }
        for (int c = 0; c < cellCount; c++) {
            cellStart[c + 1] += cellStart[c];
        }
        entries = new int[pairs.size];
        int[] next = Arrays.copyOf(cellStart, cellCount);
        for (int k = 0; k < pairs.size; k++) {
            entries[next[pairs.cells[k]]++] = pairs.values[k];
        }
    }

    /** The first area (in tie-break order) covering the point, or null. */
    Area locate(double x, double y) {
        if (!(x >= minX && x <= maxX && y >= minY && y <= maxY)) {
            return null;
        }
        int col = Math.min(cols - 1, (int) ((x - minX) / cellW));
        int row = Math.min(rows - 1, (int) ((y - minY) / cellH));
        int cell = row * cols + col;
        int end = cellStart[cell + 1];
        Coordinate p = null;
        for (int k = cellStart[cell]; k < end; k++) {
            int c = entries[k];
            int i = c >>> 1;
            if ((c & 1) == 1) {
                return areas[i];
            }
            if (p == null) {
                p = new Coordinate(x, y);
            }
            if (covers(i, p)) {
                return areas[i];
            }
        }
        return null;
    }

    private boolean covers(int i, Coordinate p) {
        Coordinate[][] r = rings[i];
        if (r == null) {
            return locators[i].locate(p) != Location.EXTERIOR;
        }
        int shell = PointLocation.locateInRing(p, r[0]);
        if (shell != Location.INTERIOR) {
            return shell == Location.BOUNDARY;
        }
        for (int h = 1; h < r.length; h++) {
            int inHole = PointLocation.locateInRing(p, r[h]);
            if (inHole != Location.EXTERIOR) {
                return inHole == Location.BOUNDARY;
            }
        }
        return true;
    }

    /**
     * The rings of a single polygon of at most {@link #SMALL} points: a plain ray-crossing test over a few
     * corners beats the locator's interval index. Null for multi-polygons and large polygons.
     */
    private static Coordinate[][] smallPolygonRings(Geometry g) {
        if (!(g instanceof Polygon polygon) || g.getNumPoints() > SMALL) {
            return null;
        }
        Coordinate[][] r = new Coordinate[1 + polygon.getNumInteriorRing()][];
        r[0] = polygon.getExteriorRing().getCoordinates();
        for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
            r[h + 1] = polygon.getInteriorRingN(h).getCoordinates();
        }
        return r;
    }

    /** Lists area {@code i} in every cell it may cover: tested where an edge touches, whole where none does. */
    private void addArea(int i, Pairs pairs) {
        Geometry g = areas[i].getBoundary();
        Envelope e = g.getEnvelopeInternal();
        int c0 = colOf(e.getMinX());
        int c1 = colOf(e.getMaxX());
        int r0 = rowOf(e.getMinY());
        int r1 = rowOf(e.getMaxY());
        int span = c1 - c0 + 1;
        boolean[] touched = new boolean[span * (r1 - r0 + 1)];
        for (int k = 0; k < g.getNumGeometries(); k++) {
            if (g.getGeometryN(k) instanceof Polygon polygon) {
                markEdges(polygon.getExteriorRing(), c0, r0, span, touched);
                for (int h = 0; h < polygon.getNumInteriorRing(); h++) {
                    markEdges(polygon.getInteriorRingN(h), c0, r0, span, touched);
                }
            }
        }
        // the grid was sized from these coordinates: the first locate call builds the locator's own index here
        Coordinate centre = new Coordinate();
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                boolean edge = touched[(r - r0) * span + (c - c0)];
                if (!edge) {
                    centre.x = minX + (c + 0.5) * cellW;
                    centre.y = minY + (r + 0.5) * cellH;
                    if (locators[i].locate(centre) != Location.INTERIOR) {
                        continue;
                    }
                }
                pairs.add(r * cols + c, i << 1 | (edge ? 0 : 1));
            }
        }
        locators[i].locate(new Coordinate(e.getMinX(), e.getMinY()));
    }

    /**
     * Marks the cells each edge's bounding box meets, widened by a hair so an edge lying exactly on a cell line
     * marks both neighbours: over-marking only costs a test, under-marking would give wrong answers.
     */
    private void markEdges(LineString ring, int c0, int r0, int span, boolean[] touched) {
        Coordinate[] pts = ring.getCoordinates();
        double epsX = cellW * 1e-9;
        double epsY = cellH * 1e-9;
        int maxC = c0 + span - 1;
        int maxR = r0 + touched.length / span - 1;
        for (int k = 1; k < pts.length; k++) {
            Coordinate a = pts[k - 1];
            Coordinate b = pts[k];
            int ca = Math.max(c0, colOf(Math.min(a.x, b.x) - epsX));
            int cb = Math.min(maxC, colOf(Math.max(a.x, b.x) + epsX));
            int ra = Math.max(r0, rowOf(Math.min(a.y, b.y) - epsY));
            int rb = Math.min(maxR, rowOf(Math.max(a.y, b.y) + epsY));
            for (int r = ra; r <= rb; r++) {
                for (int c = ca; c <= cb; c++) {
                    touched[(r - r0) * span + (c - c0)] = true;
                }
            }
        }
    }

    /** (cell, candidate) pairs in the order found, before sorting by cell. */
    private static final class Pairs {
        int[] cells = new int[1024];
        int[] values = new int[1024];
        int size;

        void add(int cell, int value) {
            if (size == cells.length) {
                cells = Arrays.copyOf(cells, size * 2);
                values = Arrays.copyOf(values, size * 2);
            }
            cells[size] = cell;
            values[size++] = value;
        }
    }

    private int colOf(double x) {
        return Math.max(0, Math.min(cols - 1, (int) Math.floor((x - minX) / cellW)));
    }

    private int rowOf(double y) {
        return Math.max(0, Math.min(rows - 1, (int) Math.floor((y - minY) / cellH)));
    }

    /** Number of cells, for diagnostics. */
    int cellCount() {
        return cellStart.length - 1;
    }
}
