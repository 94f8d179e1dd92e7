package org.gridcommand.ui.mapwall;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.geo.Wgs84;
import org.gridcommand.geo.index.AreaIndex;
import org.gridcommand.geo.tiles.WebMercator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locationtech.jts.geom.Coordinate;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** Names on the map never cover each other, nor the names the base map has in its tiles. */
@ExtendWith(ApplicationExtension.class)
class AreaNamesTest {
    private static final double WEST = 120.10;
    private static final double SOUTH = 30.20;

    @Test
    void names_of_crowded_areas_make_way_for_each_other_and_for_the_base_maps_names() {
        // eight strips of grids just tall enough for a name each: drawn as they were, every name touched the next
        List<Area> strips = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            double s = SOUTH + i * 0.0004;
            strips.add(new Area(i + 1, AreaLevel.GRID, "G" + i, "测试网格0" + i, null, 400, Wgs84.FACTORY.createPolygon(
                    new Coordinate[] {new Coordinate(WEST, s), new Coordinate(WEST + 0.004, s),
                        new Coordinate(WEST + 0.004, s + 0.0004), new Coordinate(WEST, s + 0.0004),
                        new Coordinate(WEST, s)})));
        }
        AreaIndex index = new AreaIndex(strips);
        double zoom = 16;
        double scale = WebMercator.scale(zoom);
        // the view's middle on the strips' middle, 800 × 600
        double cx = WebMercator.worldX(WEST + 0.002);
        double cy = WebMercator.worldY(SOUTH + 0.0016);
        Viewport vp = new Viewport(zoom, 400 - cx * scale, 300 - cy * scale, 800, 600);
        // the base map writes a road's name over the lowest strip
        PlaceName road = new PlaceName("文一西路", cx, WebMercator.worldY(SOUTH + 0.0002), 12);

        List<double[]> stamped = fx(() -> {
            List<double[]> boxes = new ArrayList<>();
            AreaPainter painter = new AreaPainter();
            painter.names((image, sx, sy, w, h, dx, dy) -> boxes.add(new double[] {dx, dy, dx + w, dy + h}), vp,
                    AreaLevel.GRID, index, l -> true, List.of(road));
            return boxes;
        });

        assertThat(stamped).as("some names are shown").hasSizeGreaterThanOrEqualTo(3);
        for (int i = 0; i < stamped.size(); i++) {
            for (int j = i + 1; j < stamped.size(); j++) {
                assertThat(overlap(stamped.get(i), stamped.get(j))).as("names " + i + " and " + j).isFalse();
            }
        }
        double roadX = vp.screenX(road.worldX());
        double roadY = vp.screenY(road.worldY());
        double[] roadBox = {roadX - 30, roadY - 8, roadX + 30, roadY + 8};
        assertThat(stamped).noneMatch(b -> overlap(b, roadBox));
    }

    @Test
    void a_label_space_takes_a_box_only_where_it_is_free() {
        LabelSpace space = new LabelSpace(2);
        assertThat(space.take(100, 100, 40, 20)).isTrue();
        assertThat(space.take(130, 105, 40, 20)).as("overlaps the first").isFalse();
        assertThat(space.take(100, 123, 40, 20)).as("within the gaps kept around both").isFalse();
        assertThat(space.take(100, 124, 40, 20)).as("just clear").isTrue();
        assertThat(space.take(500, 100, 40, 20)).isTrue();
        space.clear();
        assertThat(space.take(130, 105, 40, 20)).as("a new frame").isTrue();
    }

    private static boolean overlap(double[] a, double[] b) {
        return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    }

    private static <T> T fx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
