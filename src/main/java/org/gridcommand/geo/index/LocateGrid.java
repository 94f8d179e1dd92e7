package org.gridcommand.geo.index;

import java.util.Arrays;
import java.util.List;
import org.gridcommand.domain.area.Area;
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
    /** Cells per area: more cells, more points answered without a test; 16 keeps the grid a few MB at 7,100. */
    private static final int CELLS_PER_AREA = 16;
    private static final int MAX_CELLS = 1 << 21;
    private static final int[] EMPTY = new int[0];

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
    /** Per cell: candidates {@code index << 1 | wholeCell}, ascending, so the first covering one is the answer. */
    private final int[][] cells;

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
        cells = new int[cols * rows][];
        int[] fill = new int[cols * rows];
        for (int i = 0; i < areas.length; i++) {
            locators[i] = new IndexedPointInAreaLocator(areas[i].getBoundary());
            addArea(i, fill);
        }
        for (int c = 0; c < cells.length; c++) {
            cells[c] = cells[c] == null ? EMPTY : Arrays.copyOf(cells[c], fill[c]);
        }
    }

    /** The first area (in tie-break order) covering the point, or null. */
    Area locate(double x, double y) {
        if (!(x >= minX && x <= maxX && y >= minY && y <= maxY)) {
            return null;
        }
        int col = Math.min(cols - 1, (int) ((x - minX) / cellW));
        int row = Math.min(rows - 1, (int) ((y - minY) / cellH));
        int[] candidates = cells[row * cols + col];
        if (candidates.length == 0) {
            return null;
        }
        Coordinate p = null;
        for (int c : candidates) {
            int i = c >>> 1;
            if ((c & 1) == 1) {
                return areas[i];
            }
            if (p == null) {
                p = new Coordinate(x, y);
            }
            if (locators[i].locate(p) != Location.EXTERIOR) {
                return areas[i];
            }
        }
        return null;
    }

    /** Lists area {@code i} in every cell it may cover: tested where an edge touches, whole where none does. */
    private void addArea(int i, int[] fill) {
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
                append(r * cols + c, i << 1 | (edge ? 0 : 1), fill);
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

    private void append(int cell, int value, int[] fill) {
        int[] list = cells[cell];
        if (list == null) {
            list = new int[4];
        } else if (fill[cell] == list.length) {
            list = Arrays.copyOf(list, list.length * 2);
        }
        list[fill[cell]++] = value;
        cells[cell] = list;
    }

    private int colOf(double x) {
        return Math.max(0, Math.min(cols - 1, (int) Math.floor((x - minX) / cellW)));
    }

    private int rowOf(double y) {
        return Math.max(0, Math.min(rows - 1, (int) Math.floor((y - minY) / cellH)));
    }

    /** Number of cells, for diagnostics. */
    int cellCount() {
        return cells.length;
    }
}
