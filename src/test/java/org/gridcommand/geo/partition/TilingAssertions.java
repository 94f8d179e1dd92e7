package org.gridcommand.geo.partition;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.gridcommand.geo.Wgs84;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;
import org.locationtech.jts.operation.overlayng.OverlayNG;
import org.locationtech.jts.operation.union.UnaryUnionOp;

/** What "children tile their parent" means, for the partition tests and the demo city tests. */
public final class TilingAssertions {
    private TilingAssertions() {
    }

    /** Children tile the parent: union area equals the parent's within 1e-9 (relative), no overlap, all valid. */
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
