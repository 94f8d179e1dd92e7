package org.gridcommand.geo.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class GridClusteringTest {
    private final GridClustering clustering = new GridClustering(50);

    /** Two tight groups 0.01 world units apart (a few hundred metres in a city). */
    private static PointIndex twoGroups() {
        double[] x = new double[20];
        double[] y = new double[20];
        for (int i = 0; i < 20; i++) {
            x[i] = 200.0 + (i < 10 ? 0 : 0.01) + i * 1e-6;
            y[i] = 100.0 + i * 1e-6;
        }
        return new PointIndex(x, y);
    }

    @Test
    void a_cluster_shows_its_count_and_splits_as_you_zoom_in() {
        PointIndex index = twoGroups();
        List<Cluster> far = clustering.clusters(index, 12, 199, 99, 201, 101, i -> true, null);
        // at zoom 12 a 50 px cell is 0.012 world units: both groups share one cell
        assertThat(far).hasSize(1);
        assertThat(far.get(0).count()).isEqualTo(20);

        List<Cluster> near = clustering.clusters(index, 16, 199, 99, 201, 101, i -> true, null);
        assertThat(near).hasSize(2);
        assertThat(near).extracting(Cluster::count).containsExactlyInAnyOrder(10, 10);
    }

    @Test
    void panning_does_not_move_or_recount_clusters() {
        Random r = new Random(7);
        double[] x = new double[2000];
        double[] y = new double[2000];
        for (int i = 0; i < x.length; i++) {
            x[i] = 210 + r.nextDouble() * 0.5;
            y[i] = 100 + r.nextDouble() * 0.5;
        }
        PointIndex index = new PointIndex(x, y);
        List<Cluster> a = clustering.clusters(index, 12, 210.1, 100.1, 210.3, 100.3, i -> true, null);
        List<Cluster> b = clustering.clusters(index, 12, 210.1003, 100.1002, 210.3003, 100.3002, i -> true, null);
        // the clusters well inside both views are identical: same position, same count
        List<Cluster> innerA = a.stream().filter(c -> c.worldX() > 210.15 && c.worldX() < 210.25).toList();
        List<Cluster> innerB = b.stream().filter(c -> c.worldX() > 210.15 && c.worldX() < 210.25).toList();
        assertThat(innerA).isNotEmpty().containsExactlyInAnyOrderElementsOf(innerB);
    }

    @Test
    void every_point_in_view_is_counted_exactly_once() {
        Random r = new Random(3);
        double[] x = new double[5000];
        double[] y = new double[5000];
        for (int i = 0; i < x.length; i++) {
            x[i] = 210 + r.nextDouble();
            y[i] = 100 + r.nextDouble();
        }
        PointIndex index = new PointIndex(x, y);
        int total = clustering.clusters(index, 10, 200, 90, 220, 110, i -> true, null).stream()
                .mapToInt(Cluster::count).sum();
        assertThat(total).isEqualTo(5000);
    }

    @Test
    void a_cluster_carries_its_worst_point_and_a_lone_point_stays_itself() {
        double[] x = {200, 200.0001, 205};
        double[] y = {100, 100.0001, 105};
        int[] rank = {0, 2, 1};
        List<Cluster> cs = new GridClustering(50).clusters(new PointIndex(x, y), 12, 199, 99, 206, 106, i -> true,
                rank);
        Cluster pair = cs.stream().filter(c -> c.count() == 2).findFirst().orElseThrow();
        assertThat(pair.worstRank()).isEqualTo(2);
        Cluster lone = cs.stream().filter(Cluster::isSingle).findFirst().orElseThrow();
        assertThat(lone.first()).isEqualTo(2);
        assertThat(lone.worldX()).isEqualTo(205);
    }

    @Test
    void points_filtered_out_are_not_clustered() {
        PointIndex index = twoGroups();
        List<Cluster> cs = clustering.clusters(index, 16, 199, 99, 201, 101, i -> i < 10, null);
        assertThat(cs).hasSize(1);
        assertThat(cs.get(0).count()).isEqualTo(10);
    }
}
