package org.gridcommand.ui.mapwall;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.gridcommand.domain.area.Area;

/**
 * The outlines of one level's areas with every shared edge drawn once. Grids tile their community and each other,
 * so stroking each area's own ring strokes every inner edge twice, and the edges on the parent level's boundary a
 * third time under its thicker line; in the software pipeline a frame's cost grows with the length stroked. Each
 * edge belongs to the first area (in the level's order) that has it; an area draws only its own edges as open
 * polylines, and, when the parent level is drawn too, not those lying on a parent boundary.
 *
 * <p>Edges are matched by exact vertex coordinates, which holds for boundaries cut from one another (the demo
 * city, most exports of one grid system); boundaries digitised separately simply keep both copies of an edge.
 */
final class OwnedEdges {
    /** An area's edges, as open polylines of interleaved world x, y. */
    record Edges(List<double[]> all, List<double[]> offParent) {
    }

    private final Map<Area, Edges> byArea = new IdentityHashMap<>();

    /**
     * @param areas the level's areas, in the order that decides an edge's owner
     * @param parents the parent level's areas (possibly none)
     * @param projection an area's projected rings
     */
    OwnedEdges(List<Area> areas, List<Area> parents, Function<Area, ProjectedArea> projection) {
        Set<Segment> onParent = new HashSet<>();
        for (Area parent : parents) {
            for (double[] ring : projection.apply(parent).rings) {
                for (int i = 0; i + 3 < ring.length; i += 2) {
                    onParent.add(Segment.of(ring[i], ring[i + 1], ring[i + 2], ring[i + 3]));
                }
            }
        }
        Set<Segment> claimed = new HashSet<>();
        for (Area area : areas) {
            List<double[]> all = new ArrayList<>();
            List<double[]> offParent = new ArrayList<>();
            for (double[] ring : projection.apply(area).rings) {
                Runs allRuns = new Runs(all);
                Runs offRuns = new Runs(offParent);
                for (int i = 0; i + 3 < ring.length; i += 2) {
                    Segment s = Segment.of(ring[i], ring[i + 1], ring[i + 2], ring[i + 3]);
                    boolean mine = claimed.add(s);
                    allRuns.step(ring, i, mine);
                    offRuns.step(ring, i, mine && !onParent.contains(s));
                }
                allRuns.end();
                offRuns.end();
            }
            byArea.put(area, new Edges(all, offParent));
        }
    }

    /** The edges {@code area} draws; none for an area this set was not built from. */
    Edges of(Area area) {
        return byArea.getOrDefault(area, new Edges(List.of(), List.of()));
    }

    /** A segment independent of its direction: both neighbours see the same edge reversed. */
    private record Segment(double x1, double y1, double x2, double y2) {
        static Segment of(double ax, double ay, double bx, double by) {
            return ax < bx || (ax == bx && ay <= by) ? new Segment(ax, ay, bx, by) : new Segment(bx, by, ax, ay);
        }
    }

    /** Collects consecutive kept segments of a ring into polylines. */
    private static final class Runs {
        private final List<double[]> out;
        private double[] run = new double[16];
        private int length;

        Runs(List<double[]> out) {
            this.out = out;
        }

        void step(double[] ring, int i, boolean keep) {
            if (!keep) {
                end();
                return;
            }
            if (length == 0) {
                add(ring[i], ring[i + 1]);
            }
            add(ring[i + 2], ring[i + 3]);
        }

        private void add(double x, double y) {
            if (length + 2 > run.length) {
                run = Arrays.copyOf(run, run.length * 2);
            }
            run[length++] = x;
            run[length++] = y;
        }

        void end() {
            if (length >= 4) {
                out.add(Arrays.copyOf(run, length));
            }
            length = 0;
        }
    }
}
