package org.gridcommand.geo.partition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.gridcommand.geo.Wgs84;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

class VoronoiPartitionTest {

    /** A concave, L-shaped parent with a notch: Voronoi cells clipped to it can fall apart into several pieces. */
    private static Polygon notchedParent() {
        return VoronoiPartition.onGrid(Wgs84.FACTORY.createPolygon(new Coordinate[] {
            new Coordinate(120.10, 30.20), new Coordinate(120.20, 30.20), new Coordinate(120.20, 30.26),
            new Coordinate(120.16, 30.26), new Coordinate(120.1601, 30.22), new Coordinate(120.1599, 30.22),
            new Coordinate(120.15, 30.26), new Coordinate(120.10, 30.26), new Coordinate(120.10, 30.20)}));
    }

    @Test
    void the_cells_tile_their_parent_without_gaps_or_overlaps_and_each_is_one_valid_polygon() {
        for (long seed = 1; seed <= 20; seed++) {
            Polygon parent = notchedParent();
            List<Coordinate> seeds = SeedScatter.scatter(parent, 3 + (int) seed, new SplittableRandom(seed),
                    (lon, lat) -> 1.0);
            List<Polygon> cells = VoronoiPartition.split(parent, seeds);

            TilingAssertions.assertTiles(parent, cells);
        }
    }

    @Test
    void relaxed_seeds_still_give_one_cell_per_seed() {
        Polygon parent = notchedParent();
        List<Coordinate> seeds = SeedScatter.scatter(parent, 12, new SplittableRandom(7), (lon, lat) -> 1.0);
        List<Coordinate> relaxed = SeedScatter.relax(parent, seeds, 2);

        assertThat(relaxed).hasSize(12);
        assertThat(VoronoiPartition.split(parent, relaxed)).hasSize(12);
    }

    @Test
    void the_same_seed_gives_the_same_cells() {
        Polygon parent = notchedParent();
        List<Polygon> a = VoronoiPartition.split(parent,
                SeedScatter.scatter(parent, 9, new SplittableRandom(42), (lon, lat) -> 1.0));
        List<Polygon> b = VoronoiPartition.split(parent,
                SeedScatter.scatter(parent, 9, new SplittableRandom(42), (lon, lat) -> 1.0));

        assertThat(a).hasSameSizeAs(b);
        for (int i = 0; i < a.size(); i++) {
            assertThat(a.get(i).equalsExact(b.get(i))).isTrue();
        }
    }
}
