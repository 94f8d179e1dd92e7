package org.gridcommand.geo.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DensitySurfaceTest {
    /** Three events an hour ago in one place, one a month ago 50 cells east. */
    private final double[] x = {100.0, 100.0, 100.0, 150.0};
    private final double[] y = {100.0, 100.0, 100.0, 100.0};
    private final long[] time = {10_000, 10_000, 10_000, 10_000 - 30 * 86_400};

    @Test
    void the_surface_holds_every_event_of_the_window_and_no_other() {
        DensitySurface day = DensitySurface.estimate(x, y, time, 10_000 - 86_400, 0, 0, 200, 200, 1, 3);
        assertThat(day.counted()).isEqualTo(3);
        assertThat(total(day)).as("the kernel spreads events, it does not make or lose any").isCloseTo(3, within(0.01));
        DensitySurface month = DensitySurface.estimate(x, y, time, 10_000 - 60 * 86_400L, 0, 0, 200, 200, 1, 3);
        assertThat(total(month)).isCloseTo(4, within(0.01));
    }

    @Test
    void density_is_highest_on_the_events_and_falls_off_smoothly_without_holes() {
        DensitySurface s = DensitySurface.estimate(x, y, time, 0, 0, 0, 200, 200, 1, 3);
        assertThat(s.value(100, 100)).isEqualTo(s.max());
        float previous = s.value(100, 100);
        for (int c = 101; c <= 108; c++) { // within three bandwidths, where the kernel reaches
            assertThat(s.value(c, 100)).as("column " + c).isPositive().isLessThan(previous);
            previous = s.value(c, 100);
        }
        assertThat(s.value(125, 100)).as("far from both: cold").isLessThan(s.max() * 1e-6f);
    }

    @Test
    void an_event_just_outside_still_warms_the_edge() {
        double[] ex = {-1.0};
        double[] ey = {50.0};
        DensitySurface s = DensitySurface.estimate(ex, ey, new long[] {0}, 0, 0, 0, 100, 100, 1, 3);
        assertThat(s.counted()).as("not on the surface").isZero();
        assertThat(s.value(0, 50)).isPositive();
    }

    private static double total(DensitySurface s) {
        double sum = 0;
        for (int r = 0; r < s.rows(); r++) {
            for (int c = 0; c < s.cols(); c++) {
                sum += s.value(c, r) * s.cellWorld() * s.cellWorld();
            }
        }
        return sum;
    }
}
