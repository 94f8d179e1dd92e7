package org.gridcommand.ui.mapwall;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.GeometryFactory;
import org.locationtech.jts.geom.Polygon;

/** Shared boundaries are stroked once, and not under the parent's thicker line. */
class OwnedEdgesTest {
    private static final GeometryFactory GF = new GeometryFactory();

    /** Two grids side by side, splitting one community: [0,2]×[0,1], whose ring has their corners (a union's). */
    private final Area west = area("W", AreaLevel.GRID, 0, 0, 1, 0, 1, 1, 0, 1);
    private final Area east = area("E", AreaLevel.GRID, 1, 0, 2, 0, 2, 1, 1, 1);
    private final Area community = area("C", AreaLevel.COMMUNITY, 0, 0, 1, 0, 2, 0, 2, 1, 1, 1, 0, 1);

    @Test
    void the_edge_two_grids_share_is_drawn_by_one_of_them_only() {
        OwnedEdges edges = new OwnedEdges(List.of(west, east), List.of(), ProjectedArea::of);

        assertThat(segments(edges.of(west).all())).isEqualTo(4);
        assertThat(segments(edges.of(east).all())).as("its west edge is the west grid's").isEqualTo(3);
    }

    @Test
    void with_the_community_drawn_only_the_inner_edge_remains_for_the_grids() {
        OwnedEdges edges = new OwnedEdges(List.of(west, east), List.of(community), ProjectedArea::of);

        assertThat(segments(edges.of(west).offParent()) + segments(edges.of(east).offParent())).isEqualTo(1);
        double[] inner = edges.of(west).offParent().get(0);
        assertThat(inner[0]).isEqualTo(inner[2]).as("the shared edge is the vertical one at x = 1");
    }

    @Test
    void boundaries_digitised_separately_keep_both_copies() {
        Area shifted = area("S", AreaLevel.GRID, 1.0000001, 0, 2, 0, 2, 1, 1.0000001, 1);
        OwnedEdges edges = new OwnedEdges(List.of(west, shifted), List.of(), ProjectedArea::of);

        assertThat(segments(edges.of(west).all()) + segments(edges.of(shifted).all())).isEqualTo(8);
    }

    private static int segments(List<double[]> lines) {
        return lines.stream().mapToInt(l -> l.length / 2 - 1).sum();
    }

    /** An area whose ring runs through the given x, y corners (in hundredths of a degree from 120°E 30°N). */
    private static Area area(String code, AreaLevel level, double... xy) {
        Coordinate[] ring = new Coordinate[xy.length / 2 + 1];
        for (int i = 0; i < xy.length / 2; i++) {
            ring[i] = new Coordinate(120 + xy[2 * i] / 100, 30 + xy[2 * i + 1] / 100);
        }
        ring[ring.length - 1] = ring[0];
        Polygon p = GF.createPolygon(ring);
        return new Area(code.hashCode(), level, code, code, null, 0, GF.createMultiPolygon(new Polygon[] {p}));
    }
}
