package org.gridcommand.geo.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.gridcommand.geo.Wgs84;
import org.gridcommand.geo.nearest.Neighbour;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

class GeoQueriesTest {
    record Camera(String code, double lon, double lat) {
    }

    private final List<Camera> cameras = cameras(2_000);
    private final GeoQueries<Camera> queries = GeoQueries.of(cameras, Camera::lon, Camera::lat);

    @Test
    void the_nearest_cameras_to_an_incident_come_nearest_first_and_match_measuring_every_one() {
        List<Neighbour<Camera>> five = queries.nearest(121.45, 31.24, 5);
        List<Camera> expected = cameras.stream()
                .sorted(Comparator.comparingDouble(c -> Wgs84.distanceMeters(121.45, 31.24, c.lon(), c.lat())))
                .limit(5).toList();
        assertThat(five).extracting(Neighbour::item).containsExactlyElementsOf(expected);
        assertThat(five.get(0).distanceMeters()).isLessThanOrEqualTo(five.get(4).distanceMeters());
    }

    @Test
    void cameras_within_500_m_are_exactly_those_measured_within_500_m() {
        List<Neighbour<Camera>> near = queries.withinRadius(121.45, 31.24, 500);
        long expected = cameras.stream()
                .filter(c -> Wgs84.distanceMeters(121.45, 31.24, c.lon(), c.lat()) <= 500).count();
        assertThat(near).hasSize((int) expected).isNotEmpty();
        assertThat(near).allSatisfy(n -> assertThat(n.distanceMeters()).isLessThanOrEqualTo(500));
    }

    @Test
    void cameras_inside_a_drawn_triangle_and_on_its_edge_are_selected() {
        Geometry triangle = Wgs84.FACTORY.createPolygon(new Coordinate[] {new Coordinate(121.42, 31.21),
            new Coordinate(121.48, 31.21), new Coordinate(121.45, 31.27), new Coordinate(121.42, 31.21)});
        List<Camera> inside = queries.within(triangle);
        assertThat(inside).containsExactlyElementsOf(
                cameras.stream().filter(c -> triangle.covers(Wgs84.point(c.lon(), c.lat()))).toList());
        assertThat(inside).isNotEmpty().hasSizeLessThan(cameras.size());

        GeoQueries<Camera> onEdge = GeoQueries.of(List.of(new Camera("edge", 121.45, 31.21)), Camera::lon,
                Camera::lat);
        assertThat(onEdge.within(triangle)).hasSize(1);
    }

    @Test
    void a_circle_of_one_kilometre_is_one_kilometre_across_in_every_direction() {
        Geometry circle = GeoQueries.circle(121.45, 31.24, 1_000, 64);
        for (Coordinate c : circle.getCoordinates()) {
            assertThat(Wgs84.distanceMeters(121.45, 31.24, c.x, c.y)).isBetween(995.0, 1_005.0);
        }
        List<Camera> inCircle = queries.within(circle);
        assertThat(inCircle).hasSize(queries.withinRadius(121.45, 31.24, 1_000).size());
    }

    private static List<Camera> cameras(int n) {
        Random random = new Random(3);
        List<Camera> result = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            result.add(new Camera("C" + i, 121.40 + random.nextDouble() * 0.1, 31.20 + random.nextDouble() * 0.08));
        }
        return result;
    }
}
