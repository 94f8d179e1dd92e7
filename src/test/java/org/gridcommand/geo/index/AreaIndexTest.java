package org.gridcommand.geo.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.geo.Wgs84;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Polygon;

class AreaIndexTest {
    /** Two grids side by side sharing the edge lon = 1; the east one has a hole (a lake) in its middle. */
    private final Area west = grid(1, box(0, 0, 1, 1));
    private final Area east = grid(2, Wgs84.FACTORY.createPolygon(ring(1, 0, 2, 1),
            new LinearRing[] {ring(1.4, 0.4, 1.6, 0.6)}));
    private final Area community = new Area(3, AreaLevel.COMMUNITY, "C-3", "和平社区", null, 900, box(0, 0, 2, 1));
    private final AreaIndex index = new AreaIndex(List.of(east, west, community));

    @Test
    void a_point_inside_a_grid_is_located_in_that_grid() {
        assertThat(index.locate(0.5, 0.5, AreaLevel.GRID)).contains(west);
        assertThat(index.locate(1.2, 0.5, AreaLevel.GRID)).contains(east);
        assertThat(index.locate(1.2, 0.5, AreaLevel.COMMUNITY)).contains(community);
    }

    @Test
    void a_point_on_the_shared_edge_lands_in_exactly_one_grid_the_lowest_id() {
        assertThat(index.locate(1.0, 0.5, AreaLevel.GRID)).contains(west);
    }

    @Test
    void a_point_on_the_outer_edge_counts_as_inside() {
        assertThat(index.locate(2.0, 0.5, AreaLevel.GRID)).contains(east);
        assertThat(index.locate(0.0, 0.0, AreaLevel.GRID)).contains(west);
    }

    @Test
    void a_point_outside_every_grid_or_in_a_hole_is_not_located() {
        assertThat(index.locate(2.5, 0.5, AreaLevel.GRID)).isEmpty();
        assertThat(index.locate(0.5, 1.5, AreaLevel.GRID)).isEmpty();
        assertThat(index.locate(1.5, 0.5, AreaLevel.GRID)).isEmpty();
        // inside the hole's bounding box but in the grid: found
        assertThat(index.locate(1.41, 0.41, AreaLevel.GRID)).isEmpty();
        assertThat(index.locate(1.3, 0.41, AreaLevel.GRID)).contains(east);
        assertThat(index.locate(0.5, 0.5, AreaLevel.MICRO_GRID)).isEmpty();
    }

    @Test
    void query_returns_the_areas_of_a_level_whose_box_meets_the_envelope() {
        assertThat(index.query(new Envelope(1.5, 1.7, 0.1, 0.2), AreaLevel.GRID)).containsExactly(east);
        assertThat(index.query(new Envelope(0.9, 1.1, 0.1, 0.2), AreaLevel.GRID)).containsExactlyInAnyOrder(west, east);
        assertThat(index.query(new Envelope(0.9, 1.1, 0.1, 0.2))).containsExactlyInAnyOrder(west, east, community);
        assertThat(index.query(new Envelope(5, 6, 5, 6))).isEmpty();
        assertThat(index.size()).isEqualTo(3);
    }

    @Test
    void areas_without_a_boundary_are_left_out() {
        AreaIndex withBlank = new AreaIndex(List.of(west, grid(9, null)));
        assertThat(withBlank.size()).isEqualTo(1);
    }

    private static Area grid(long id, Polygon boundary) {
        return new Area(id, AreaLevel.GRID, "G-" + id, "网格" + id, 3L, 400, boundary);
    }

    private static Polygon box(double w, double s, double e, double n) {
        return Wgs84.FACTORY.createPolygon(ring(w, s, e, n));
    }

    private static LinearRing ring(double w, double s, double e, double n) {
        return Wgs84.FACTORY.createLinearRing(new Coordinate[] {new Coordinate(w, s), new Coordinate(e, s),
            new Coordinate(e, n), new Coordinate(w, n), new Coordinate(w, s)});
    }
}
