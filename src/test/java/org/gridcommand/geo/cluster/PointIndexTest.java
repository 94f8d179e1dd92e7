package org.gridcommand.geo.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PointIndexTest {
    @Test
    void a_box_query_finds_exactly_what_a_full_scan_finds() {
        Random r = new Random(11);
        double[] x = new double[10_000];
        double[] y = new double[10_000];
        for (int i = 0; i < x.length; i++) {
            x[i] = 213 + r.nextDouble() * 0.3;
            y[i] = 104 + r.nextDouble() * 0.2;
        }
        PointIndex index = new PointIndex(x, y);
        for (int q = 0; q < 50; q++) {
            double x0 = 213 + r.nextDouble() * 0.3;
            double y0 = 104 + r.nextDouble() * 0.2;
            double x1 = x0 + r.nextDouble() * 0.05;
            double y1 = y0 + r.nextDouble() * 0.05;
            List<Integer> found = new ArrayList<>();
            index.query(x0, y0, x1, y1, found::add);
            List<Integer> scan = new ArrayList<>();
            for (int i = 0; i < x.length; i++) {
                if (x[i] >= x0 && x[i] <= x1 && y[i] >= y0 && y[i] <= y1) {
                    scan.add(i);
                }
            }
            assertThat(found).containsExactlyInAnyOrderElementsOf(scan);
        }
    }

    @Test
    void nearest_within_a_radius_or_none() {
        PointIndex index = new PointIndex(new double[] {1, 2, 3}, new double[] {1, 1, 1});
        assertThat(index.nearest(2.2, 1, 0.5, i -> true)).isEqualTo(1);
        assertThat(index.nearest(2.2, 1, 0.5, i -> i != 1)).isEqualTo(-1);
        assertThat(index.nearest(9, 9, 0.5, i -> true)).isEqualTo(-1);
    }

    @Test
    void an_empty_index_answers_nothing() {
        PointIndex index = new PointIndex(new double[0], new double[0]);
        List<Integer> found = new ArrayList<>();
        index.query(0, 0, 256, 256, found::add);
        assertThat(found).isEmpty();
        assertThat(index.nearest(1, 1, 1, i -> true)).isEqualTo(-1);
    }
}
