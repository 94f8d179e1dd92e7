package org.gridcommand.geo.nearest;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.Random;
import org.gridcommand.geo.Wgs84;
import org.junit.jupiter.api.Test;

class NearestIndexTest {
    record Place(int id, double lon, double lat) {
    }

    @Test
    void the_walk_hands_out_every_place_in_exactly_the_order_of_great_circle_distance() {
        Random r = new Random(42);
        List<Place> places = new ArrayList<>();
        for (int i = 0; i < 3000; i++) {
            places.add(new Place(i, 121.3 + r.nextDouble() * 0.4, 31.0 + r.nextDouble() * 0.4));
        }
        NearestIndex<Place> index = NearestIndex.of(places, Place::lon, Place::lat);
        // inside, on the edge and well outside the indexed extent
        double[][] queries = {{121.5, 31.2}, {121.3, 31.0}, {122.5, 30.1}, {121.31, 31.39}};
        for (double[] q : queries) {
            List<Place> expected = places.stream().sorted(Comparator.comparingDouble(
                    p -> Wgs84.distanceMeters(q[0], q[1], p.lon(), p.lat()))).toList();
            List<Place> walked = new ArrayList<>();
            double last = -1;
            for (Iterator<Neighbour<Place>> it = index.nearestFirst(q[0], q[1]); it.hasNext(); ) {
                Neighbour<Place> n = it.next();
                assertThat(n.distanceMeters()).isGreaterThanOrEqualTo(last);
                last = n.distanceMeters();
                walked.add(n.item());
            }
            assertThat(walked).hasSize(places.size());
            assertThat(walked.subList(0, 50)).isEqualTo(expected.subList(0, 50));
        }
    }

    @Test
    void a_filter_skips_places_and_k_nearest_stops_early() {
        List<Place> places = List.of(new Place(1, 121.47, 31.23), new Place(2, 121.48, 31.23),
                new Place(3, 121.50, 31.23), new Place(4, 121.60, 31.23));
        NearestIndex<Place> index = NearestIndex.of(places, Place::lon, Place::lat);
        assertThat(index.nearest(121.47, 31.23, 2, p -> p.id() != 2)).extracting(n -> n.item().id())
                .containsExactly(1, 3);
        assertThat(index.nearest(121.47, 31.23, 1, p -> true).get(0).distanceMeters()).isZero();
        assertThat(NearestIndex.of(List.<Place>of(), Place::lon, Place::lat).nearestFirst(0, 0).hasNext()).isFalse();
    }
}
