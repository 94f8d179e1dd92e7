package org.gridcommand.geo.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class DensityGridTest {
    private final double[] x = {200.0, 200.00001, 200.00002, 200.5};
    private final double[] y = {100.0, 100.00001, 100.00002, 100.5};
    /** Three events an hour ago in one place, one a month ago elsewhere. */
    private final long[] time = {10_000, 10_000, 10_000, 10_000 - 30 * 86_400};

    @Test
    void a_window_counts_only_events_reported_within_it() {
        DensityGrid day = DensityGrid.count(x, y, time, 10_000 - 86_400, 14, 16, 199, 99, 201, 101);
        assertThat(day.total()).isEqualTo(3);
        assertThat(day.max()).isEqualTo(3);
        DensityGrid year = DensityGrid.count(x, y, time, 10_000 - 365 * 86_400L, 14, 16, 199, 99, 201, 101);
        assertThat(year.total()).isEqualTo(4);
        assertThat(year.max()).isEqualTo(3);
    }

    @Test
    void cells_sum_to_the_total_and_points_outside_the_view_are_left_out() {
        DensityGrid g = DensityGrid.count(x, y, time, 0, 14, 16, 199.9, 99.9, 200.1, 100.1);
        int sum = 0;
        for (int r = 0; r < g.rows(); r++) {
            for (int c = 0; c < g.cols(); c++) {
                sum += g.count(c, r);
            }
        }
        assertThat(sum).isEqualTo(g.total()).isEqualTo(3);
    }

    @Test
    void cells_are_anchored_to_the_world_so_the_picture_holds_still_while_panning() {
        DensityGrid a = DensityGrid.count(x, y, time, 0, 14, 16, 199.5, 99.5, 200.7, 100.7);
        DensityGrid b = DensityGrid.count(x, y, time, 0, 14, 16, 199.5003, 99.5002, 200.7003, 100.7002);
        assertThat(a.cellWorld()).isEqualTo(b.cellWorld());
        // the cell holding the three events starts at the same world position in both views
        assertThat(cellOfMax(a)).isEqualTo(cellOfMax(b));
    }

    private static double[] cellOfMax(DensityGrid g) {
        for (int r = 0; r < g.rows(); r++) {
            for (int c = 0; c < g.cols(); c++) {
                if (g.count(c, r) == g.max()) {
                    return new double[] {g.cellX(c), g.cellY(r)};
                }
            }
        }
        return null;
    }
}
