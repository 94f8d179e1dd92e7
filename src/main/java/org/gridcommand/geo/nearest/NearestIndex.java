package org.gridcommand.geo.nearest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.PriorityQueue;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.gridcommand.geo.Wgs84;

/**
 * Points on a regular lon/lat grid of cells, searched outwards ring by ring from the query point, so that the
 * nearest items come out first — by exact great-circle distance — after looking at only a few cells.
 * <p>
 * Why a lazy nearest-first walk rather than "k nearest": an activation takes warehouses until the needed quantity is
 * met and teams until the headcount is met, so it cannot know k in advance. The walk is exact: an item is handed
 * out only when no unvisited cell can hold anything nearer (the distance from the point to the searched square's
 * edge is a lower bound: {@code R·|Δlat|} to a parallel, {@code R·asin(cos lat · sin Δlon)} to a meridian).
 * <p>
 * Immutable after construction and safe to share between threads. Built for a city (tens of km); it treats the
 * lon/lat plane as flat for cell lookup only, never for distances.
 *
 * @param <T> what is indexed
 */
public final class NearestIndex<T> {
    private final double minLon;
    private final double minLat;
    private final double cellDeg;
    private final int cols;
    private final int rows;
    /** Per cell: indexes into the point arrays; null for an empty cell. */
    private final int[][] cells;
    private final double[] lons;
    private final double[] lats;
    private final List<T> items;

    private NearestIndex(List<T> items, double[] lons, double[] lats) {
        this.items = items;
        this.lons = lons;
        this.lats = lats;
        double loLon = Double.MAX_VALUE;
        double loLat = Double.MAX_VALUE;
        double hiLon = -Double.MAX_VALUE;
        double hiLat = -Double.MAX_VALUE;
        for (int i = 0; i < lons.length; i++) {
            loLon = Math.min(loLon, lons[i]);
            hiLon = Math.max(hiLon, lons[i]);
            loLat = Math.min(loLat, lats[i]);
            hiLat = Math.max(hiLat, lats[i]);
        }
        if (lons.length == 0) {
            loLon = loLat = hiLon = hiLat = 0;
        }
        double span = Math.max(Math.max(hiLon - loLon, hiLat - loLat), 1e-6);
        // about two points per cell on average keeps both the rings and the per-cell lists short
        int perSide = (int) Math.max(1, Math.min(1024, Math.ceil(Math.sqrt(lons.length / 2.0))));
        this.cellDeg = span / perSide * 1.000001;
        this.minLon = loLon;
        this.minLat = loLat;
        this.cols = (int) Math.floor((hiLon - loLon) / cellDeg) + 1;
        this.rows = (int) Math.floor((hiLat - loLat) / cellDeg) + 1;
        int[] counts = new int[cols * rows];
        int[] cellOf = new int[lons.length];
        for (int i = 0; i < lons.length; i++) {
            cellOf[i] = cell(col(lons[i]), row(lats[i]));
            counts[cellOf[i]]++;
        }
        this.cells = new int[cols * rows][];
        int[] fill = new int[cols * rows];
        for (int i = 0; i < lons.length; i++) {
            int c = cellOf[i];
            if (cells[c] == null) {
                cells[c] = new int[counts[c]];
            }
            cells[c][fill[c]++] = i;
        }
    }

    /** Indexes {@code items} at the positions given by the two functions (WGS84 degrees). */
    public static <T> NearestIndex<T> of(List<T> items, ToDoubleFunction<T> lon, ToDoubleFunction<T> lat) {
        List<T> copy = List.copyOf(items);
        double[] lons = new double[copy.size()];
        double[] lats = new double[copy.size()];
        for (int i = 0; i < copy.size(); i++) {
            lons[i] = lon.applyAsDouble(copy.get(i));
            lats[i] = lat.applyAsDouble(copy.get(i));
        }
        return new NearestIndex<>(copy, lons, lats);
    }

    public int size() {
        return items.size();
    }

    /** Every item, nearest first, lazily: stop iterating as soon as you have enough. */
    public Iterator<Neighbour<T>> nearestFirst(double lon, double lat) {
        return nearestFirst(lon, lat, t -> true);
    }

    /** Items accepted by {@code filter}, nearest first, lazily. */
    public Iterator<Neighbour<T>> nearestFirst(double lon, double lat, Predicate<? super T> filter) {
        return new Walk(lon, lat, filter);
    }

    /** The {@code k} nearest items accepted by {@code filter}, nearest first. */
    public List<Neighbour<T>> nearest(double lon, double lat, int k, Predicate<? super T> filter) {
        if (k <= 0) {
            return Collections.emptyList();
        }
        List<Neighbour<T>> found = new ArrayList<>(k);
        Iterator<Neighbour<T>> walk = nearestFirst(lon, lat, filter);
        while (found.size() < k && walk.hasNext()) {
            found.add(walk.next());
        }
        return found;
    }

    private int col(double lon) {
        return clamp((int) Math.floor((lon - minLon) / cellDeg), cols);
    }

    private int row(double lat) {
        return clamp((int) Math.floor((lat - minLat) / cellDeg), rows);
    }

    private static int clamp(int v, int n) {
        return v < 0 ? 0 : Math.min(v, n - 1);
    }

    private int cell(int col, int row) {
        return row * cols + col;
    }

    /** The ring-by-ring walk for one query. */
    private final class Walk implements Iterator<Neighbour<T>> {
        private record Candidate(int index, double distance) {
        }

        private final double lon;
        private final double lat;
        private final Predicate<? super T> filter;
        private final PriorityQueue<Candidate> heap =
                new PriorityQueue<>((a, b) -> Double.compare(a.distance, b.distance));
        private final int startCol;
        private final int startRow;
        private int ring = -1;
        /** Nothing outside the rings searched so far is nearer than this. */
        private double bound;

        Walk(double lon, double lat, Predicate<? super T> filter) {
            this.lon = lon;
            this.lat = lat;
            this.filter = filter;
            // a query outside the indexed extent starts from the nearest edge cell; bounds stay exact
            this.startCol = col(lon);
            this.startRow = row(lat);
        }

        @Override
        public boolean hasNext() {
            while (true) {
                if (!heap.isEmpty() && heap.peek().distance <= bound) {
                    return true;
                }
                if (allSearched()) {
                    return !heap.isEmpty();
                }
                searchNextRing();
            }
        }

        @Override
        public Neighbour<T> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Candidate c = heap.poll();
            return new Neighbour<>(items.get(c.index), lons[c.index], lats[c.index], c.distance);
        }

        private boolean allSearched() {
            return ring >= 0 && startCol - ring <= 0 && startRow - ring <= 0 && startCol + ring >= cols - 1
                    && startRow + ring >= rows - 1;
        }

        private void searchNextRing() {
            ring++;
            int c0 = startCol - ring;
            int c1 = startCol + ring;
            int r0 = startRow - ring;
            int r1 = startRow + ring;
            for (int r = Math.max(r0, 0); r <= Math.min(r1, rows - 1); r++) {
                boolean edgeRow = r == r0 || r == r1;
                int step = edgeRow ? 1 : c1 - c0;
                for (int c = c0; c <= c1; c += Math.max(step, 1)) {
                    if (c >= 0 && c < cols) {
                        addCell(cell(c, r));
                    }
                }
            }
            bound = lowerBoundOutside(c0, c1, r0, r1);
        }

        private void addCell(int cell) {
            int[] members = cells[cell];
            if (members == null) {
                return;
            }
            for (int i : members) {
                if (filter.test(items.get(i))) {
                    heap.add(new Candidate(i, Wgs84.distanceMeters(lon, lat, lons[i], lats[i])));
                }
            }
        }

        /** The shortest distance from the query point to anything outside the searched square of cells. */
        private double lowerBoundOutside(int c0, int c1, int r0, int r1) {
            double best = Double.POSITIVE_INFINITY;
            double r = Wgs84.EARTH_RADIUS_M;
            if (c0 > 0) {
                best = Math.min(best, toMeridian(lon - (minLon + c0 * cellDeg)));
            }
            if (c1 < cols - 1) {
                best = Math.min(best, toMeridian(minLon + (c1 + 1) * cellDeg - lon));
            }
            if (r0 > 0) {
                best = Math.min(best, r * Math.toRadians(Math.max(0, lat - (minLat + r0 * cellDeg))));
            }
            if (r1 < rows - 1) {
                best = Math.min(best, r * Math.toRadians(Math.max(0, minLat + (r1 + 1) * cellDeg - lat)));
            }
            return best;
        }

        private double toMeridian(double deltaLonDeg) {
            if (deltaLonDeg <= 0) {
                return 0;
            }
            double s = Math.cos(Math.toRadians(lat)) * Math.sin(Math.toRadians(Math.min(deltaLonDeg, 90)));
            return Wgs84.EARTH_RADIUS_M * Math.asin(Math.min(1, s));
        }
    }
}
