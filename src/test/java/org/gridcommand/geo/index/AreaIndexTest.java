package org.gridcommand.geo.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.geo.Wgs84;
import org.gridcommand.geo.io.GeoJsonFeatures;
import org.gridcommand.geo.io.SourceFeature;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.LinearRing;
import org.locationtech.jts.geom.Point;
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

    @Test
    void a_point_shared_by_four_grids_lands_in_the_lowest_id_and_the_tree_agrees() {
        List<Area> quads = List.of(grid(14, box(1, 1, 2, 2)), grid(12, box(0, 1, 1, 2)),
                grid(13, box(1, 0, 2, 1)), grid(11, box(0, 0, 1, 1)));
        AreaIndex four = new AreaIndex(quads);
        assertThat(four.locate(1, 1, AreaLevel.GRID).map(Area::getId)).contains(11L);
        assertThat(four.locateWithTree(1, 1, AreaLevel.GRID).map(Area::getId)).contains(11L);
        assertThat(four.locate(1.5, 1, AreaLevel.GRID).map(Area::getId)).contains(13L);
        assertThat(four.locate(2, 2, AreaLevel.GRID).map(Area::getId)).contains(14L);
    }

    @Test
    void generated_irregular_grids_give_the_same_answer_as_testing_every_polygon() {
        List<Area> cells = VoronoiCity.cells(600, 42);
        AreaIndex generated = new AreaIndex(cells);
        Random random = new Random(7);
        Envelope env = new Envelope();
        cells.forEach(a -> env.expandToInclude(a.getBoundary().getEnvelopeInternal()));
        int located = 0;
        for (int i = 0; i < 20_000; i++) {
            double lon = env.getMinX() - 0.01 + random.nextDouble() * (env.getWidth() + 0.02);
            double lat = env.getMinY() - 0.01 + random.nextDouble() * (env.getHeight() + 0.02);
            Area expected = bruteForce(cells, lon, lat);
            assertThat(generated.locateOrNull(lon, lat, AreaLevel.MICRO_GRID)).as("%s %s", lon, lat)
                    .isSameAs(expected);
            located += expected == null ? 0 : 1;
        }
        assertThat(located).as("most points fall in some grid, some outside").isBetween(10_000, 19_999);
        // every vertex is on an edge: each must land in a polygon that covers it, the lowest id of those
        for (Area a : cells) {
            for (Coordinate c : a.getBoundary().getCoordinates()) {
                assertThat(generated.locateOrNull(c.x, c.y, AreaLevel.MICRO_GRID)).isSameAs(bruteForce(cells, c.x,
                        c.y));
            }
        }
    }

    @Test
    void real_imported_precincts_with_islands_and_holes_agree_with_testing_every_polygon() {
        List<Area> precincts = new ArrayList<>();
        long id = 1;
        for (SourceFeature f : GeoJsonFeatures.read(Path.of("src/test/resources/real/nyc_police_precincts.geojson"))
                .features()) {
            if (f.geometry() != null && f.geometry().isValid()) {
                precincts.add(new Area(id++, AreaLevel.GRID, "P" + id, "P" + id, null, 0, f.geometry()));
            }
        }
        assertThat(precincts).hasSizeGreaterThan(70);
        AreaIndex real = new AreaIndex(precincts);
        Random random = new Random(11);
        for (int i = 0; i < 3_000; i++) {
            double lon = -74.26 + random.nextDouble() * 0.56;
            double lat = 40.49 + random.nextDouble() * 0.43;
            assertThat(real.locateOrNull(lon, lat, AreaLevel.GRID)).isSameAs(bruteForce(precincts, lon, lat));
        }
        assertThat(real.locate(-74.0159, 40.7033, AreaLevel.GRID)).isPresent();
        assertThat(real.locate(-73.5, 40.3, AreaLevel.GRID)).as("in the Atlantic").isEmpty();
    }

    @Test
    void a_drawn_shape_takes_the_areas_whose_middle_it_covers() {
        // a box over the west grid and a sliver of the east one
        Polygon drawn = box(-0.1, -0.1, 1.1, 1.1);
        assertThat(index.within(drawn, AreaLevel.GRID)).containsExactly(west);
        assertThat(index.intersecting(drawn, AreaLevel.GRID)).containsExactly(west, east);
        assertThat(index.within(box(5, 5, 6, 6), AreaLevel.GRID)).isEmpty();
    }

    private static Area bruteForce(List<Area> areas, double lon, double lat) {
        Point p = Wgs84.point(lon, lat);
        return areas.stream().filter(a -> a.getBoundary().covers(p))
                .min(Comparator.comparing(Area::getId)).orElse(null);
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
