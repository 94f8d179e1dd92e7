package org.gridcommand.geo.partition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.gridcommand.geo.Wgs84;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.union.UnaryUnionOp;

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

            assertTiles(parent, cells);
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

    /** Shared with the demo city tests: children tile the parent (area within 1e-9, overlaps zero, all valid). */
    public static void assertTiles(Polygon parent, List<? extends Geometry> cells) {
        double total = 0;
        for (Geometry cell : cells) {
            assertThat(cell).isInstanceOf(Polygon.class);
            assertThat(cell.isValid()).as("valid %s", cell).isTrue();
            assertThat(cell.getSRID()).isEqualTo(Wgs84.SRID);
            total += cell.getArea();
        }
        Geometry union = UnaryUnionOp.union(cells);
        double parentArea = parent.getArea();
        assertThat(Math.abs(union.getArea() - parentArea) / parentArea).isLessThan(1e-9);
        assertThat(Math.abs(total - parentArea) / parentArea).as("sum of areas (no overlaps)").isLessThan(1e-9);
        assertThat(OverlayNG.overlay(union, parent, OverlayNG.SYMDIFFERENCE, VoronoiPartition.GRID).getArea()
                / parentArea).isLessThan(1e-9);
        for (int i = 0; i < cells.size(); i++) {
            for (int j = i + 1; j < cells.size(); j++) {
                Geometry a = cells.get(i);
                Geometry b = cells.get(j);
                if (a.getEnvelopeInternal().intersects(b.getEnvelopeInternal())) {
                    assertThat(a.intersection(b).getArea()).as("overlap of cells %d and %d", i, j).isZero();
                }
            }
        }
    }
}
