package org.gridcommand.geo.index;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.geo.Wgs84;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * An immutable spatial index of administrative areas, one STR-tree per level: which areas of a level touch an
 * envelope (what to draw), and which area of a level contains a point (what was clicked, which grid an event is in).
 * Safe for concurrent use once built.
 */
public final class AreaIndex {
    /** Among areas that all cover a point (it lies on their shared edge), the lowest id wins: stable answers. */
    private static final Comparator<Area> TIE_BREAK = Comparator.comparing(Area::getId,
            Comparator.nullsLast(Comparator.naturalOrder()));

    private final Map<AreaLevel, STRtree> trees = new EnumMap<>(AreaLevel.class);
    private final Map<AreaLevel, List<Area>> byLevel = new EnumMap<>(AreaLevel.class);
    /** Per level, built on first locate: the map builds an index on every reload and may never locate a level. */
    private final AtomicReferenceArray<LocateGrid> grids = new AtomicReferenceArray<>(AreaLevel.values().length);
    private final int size;
    private final Set<AreaLevel> levels = EnumSet.noneOf(AreaLevel.class);

    /** Indexes every area with a non-empty boundary; areas without one cannot be found by place. */
    public AreaIndex(Collection<Area> areas) {
        for (AreaLevel level : AreaLevel.values()) {
            trees.put(level, new STRtree());
            byLevel.put(level, new ArrayList<>());
        }
        int n = 0;
        for (Area area : areas) {
            if (area.getBoundary() == null || area.getBoundary().isEmpty() || area.getLevel() == null) {
                continue;
            }
            trees.get(area.getLevel()).insert(area.getBoundary().getEnvelopeInternal(), new Entry(area));
            byLevel.get(area.getLevel()).add(area);
            levels.add(area.getLevel());
            n++;
        }
        trees.values().forEach(STRtree::build);
        size = n;
    }

    /** The levels that have at least one indexed area (an imported city may have only some). */
    public Set<AreaLevel> levels() {
        return Collections.unmodifiableSet(levels);
    }

    /** Number of indexed areas. */
    public int size() {
        return size;
    }

    /** Areas of {@code level} whose bounding box meets {@code lonLat} (a cheap first cut: the box, not the shape). */
    public List<Area> query(Envelope lonLat, AreaLevel level) {
        List<Area> result = new ArrayList<>();
        for (Object o : trees.get(level).query(lonLat)) {
            result.add(((Entry) o).area);
        }
        return result;
    }

    /** Areas of every level whose bounding box meets {@code lonLat}. */
    public List<Area> query(Envelope lonLat) {
        List<Area> result = new ArrayList<>();
        for (AreaLevel level : AreaLevel.values()) {
            result.addAll(query(lonLat, level));
        }
        return result;
    }

    /**
     * The area of {@code level} containing the point. A point on a boundary counts as inside (so an event on the
     * line between two grids still lands in one of them, the one with the lowest id); a point in a hole does not.
     * The first call for a level builds its locate grid (~50 ms for the demo city's 7,100 micro-grids); after that
     * a call costs well under a microsecond (see {@link LocateGrid}).
     */
    public Optional<Area> locate(double lon, double lat, AreaLevel level) {
        return Optional.ofNullable(locateOrNull(lon, lat, level));
    }

    /**
     * Builds the locate grids of every level now (call it off the FX thread after a reload), so that the first click
     * or locate does not pay for it.
     */
    public void prepareLocate() {
        for (AreaLevel level : levels) {
            if (grids.get(level.ordinal()) == null) {
                grid(level);
            }
        }
    }

    /** {@link #locate} without the Optional, for loops over millions of points. */
    public Area locateOrNull(double lon, double lat, AreaLevel level) {
        LocateGrid grid = grids.get(level.ordinal());
        if (grid == null) {
            grid = grid(level);
        }
        return grid.locate(lon, lat);
    }

    /**
     * The same answer as {@link #locate}, the classic way: STR-tree candidates by bounding box, then
     * {@code PreparedGeometry.covers}. Kept as the reference the faster grid is checked and measured against.
     */
    public Optional<Area> locateWithTree(double lon, double lat, AreaLevel level) {
        Point point = Wgs84.FACTORY.createPoint(new Coordinate(lon, lat));
        Area best = null;
        for (Object o : trees.get(level).query(new Envelope(lon, lon, lat, lat))) {
            Entry entry = (Entry) o;
            if (entry.prepared().covers(point) && (best == null || TIE_BREAK.compare(entry.area, best) < 0)) {
                best = entry.area;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Areas of {@code level} that lie inside {@code shape} (a drawn circle or polygon, an affected area): those whose
     * representative interior point is inside or on the shape, so a circle that cuts through a grid's corner does
     * not take the grid, and one that takes most of it does. Ordered by id.
     */
    public List<Area> within(Geometry shape, AreaLevel level) {
        if (shape == null || shape.isEmpty()) {
            return List.of();
        }
        PreparedGeometry prepared = PreparedGeometryFactory.prepare(shape);
        List<Area> result = new ArrayList<>();
        for (Object o : trees.get(level).query(shape.getEnvelopeInternal())) {
            Entry entry = (Entry) o;
            if (prepared.covers(entry.interiorPoint())) {
                result.add(entry.area);
            }
        }
        result.sort(TIE_BREAK);
        return result;
    }

    /** Areas of {@code level} whose boundary meets {@code shape} at all (touching counts). Ordered by id. */
    public List<Area> intersecting(Geometry shape, AreaLevel level) {
        if (shape == null || shape.isEmpty()) {
            return List.of();
        }
        PreparedGeometry prepared = PreparedGeometryFactory.prepare(shape);
        List<Area> result = new ArrayList<>();
        for (Object o : trees.get(level).query(shape.getEnvelopeInternal())) {
            Entry entry = (Entry) o;
            if (prepared.intersects(entry.area.getBoundary())) {
                result.add(entry.area);
            }
        }
        result.sort(TIE_BREAK);
        return result;
    }

    /** Builds the locate grid of a level once; later callers read the volatile array without locking. */
    private synchronized LocateGrid grid(AreaLevel level) {
        LocateGrid grid = grids.get(level.ordinal());
        if (grid == null) {
            List<Area> ofLevel = new ArrayList<>(byLevel.get(level));
            ofLevel.sort(TIE_BREAK);
            grid = new LocateGrid(ofLevel);
            grids.set(level.ordinal(), grid);
        }
        return grid;
    }

    /** An indexed area with its prepared boundary, made on first use: most areas are never hit-tested. */
    private static final class Entry {
        private final Area area;
        private volatile PreparedGeometry prepared;
        private volatile Point interior;

        Entry(Area area) {
            this.area = area;
        }

        Point interiorPoint() {
            Point p = interior;
            if (p == null) {
                p = area.getBoundary().getInteriorPoint();
                interior = p;
            }
            return p;
        }

        PreparedGeometry prepared() {
            PreparedGeometry p = prepared;
            if (p == null) {
                // a race only prepares the same geometry twice; both results are equivalent
                p = PreparedGeometryFactory.prepare(area.getBoundary());
                prepared = p;
            }
            return p;
        }
    }
}
