package org.gridcommand.ui.mapwall.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.geo.Wgs84;
import org.gridcommand.ui.mapwall.MapWallModel;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/** The tools' view-model without a screen: places in, lengths and selections out. */
class MapToolsTest {
    private final MapWallModel map = new MapWallModel();
    private final MapTools tools = new MapTools(map);

    MapToolsTest() {
        map.setAreas(ToolCity.grids());
        map.zoomProperty().set(16); // grids are drawn at 15–16
    }

    @Test
    void measuring_along_three_points_adds_up_the_great_circle_legs() {
        tools.toolProperty().set(MapTool.DISTANCE);
        tools.click(120.10, 30.20, false);
        tools.click(120.11, 30.20, false);
        tools.hover(120.11, 30.21);
        double leg1 = Wgs84.distanceMeters(120.10, 30.20, 120.11, 30.20);
        double leg2 = Wgs84.distanceMeters(120.11, 30.20, 120.11, 30.21);
        assertThat(tools.lengthMetersProperty().get()).isCloseTo(leg1 + leg2, within(0.01));
        assertThat(leg1).isBetween(950.0, 970.0); // a hundredth of a degree of longitude at 30°N ≈ 962 m
        tools.click(120.11, 30.21, false);
        tools.click(120.11, 30.21, true);
        assertThat(tools.finishedProperty().get()).isTrue();
        assertThat(tools.lengthMetersProperty().get()).isCloseTo(leg1 + leg2, within(0.01));
        assertThat(map.drawnShapeProperty().get()).as("a path selects nothing").isNull();
    }

    @Test
    void a_circle_selects_the_grids_whose_middle_it_covers_and_puts_its_shape_on_the_map() {
        tools.toolProperty().set(MapTool.CIRCLE);
        // centred on the corner shared by four grids, radius about 1 km: takes those four, not their neighbours
        tools.click(120.12, 30.21, false);
        tools.click(120.13, 30.21, false);
        Selection s = tools.selectionProperty().get();
        assertThat(s.level()).isEqualTo(AreaLevel.GRID);
        assertThat(s.areas()).extracting(Area::getCode).containsExactlyInAnyOrder("G10", "G11", "G20", "G21");
        Geometry shape = map.drawnShapeProperty().get();
        assertThat(shape.getSRID()).isEqualTo(Wgs84.SRID);
        assertThat(shape.contains(Wgs84.point(120.12, 30.21))).isTrue();
        assertThat(s.areaM2()).isCloseTo(Math.PI * 962 * 962, within(60_000.0));
    }

    @Test
    void a_polygon_selects_areas_and_the_points_of_registered_layers() {
        record Camera(double lon, double lat) {
        }
        List<Camera> cameras = List.of(new Camera(120.105, 30.205), new Camera(120.135, 30.235));
        tools.addSelectable(new SelectableLayer() {
            @Override
            public String name() {
                return "摄像头";
            }

            @Override
            public List<?> within(Geometry shape) {
                return cameras.stream().filter(c -> shape.covers(Wgs84.point(c.lon(), c.lat()))).toList();
            }
        });
        tools.toolProperty().set(MapTool.POLYGON);
        tools.click(120.10, 30.20, false);
        tools.click(120.12, 30.20, false);
        tools.click(120.12, 30.22, false);
        tools.click(120.10, 30.22, false);
        tools.finish();
        Selection s = tools.selectionProperty().get();
        assertThat(s.areas()).extracting(Area::getCode).containsExactlyInAnyOrder("G00", "G10", "G01", "G11");
        assertThat(s.points().get("摄像头")).hasSize(1);
    }

    @Test
    void escape_drops_the_drawing_and_goes_back_to_browsing() {
        tools.toolProperty().set(MapTool.CIRCLE);
        tools.click(120.12, 30.21, false);
        tools.click(120.13, 30.21, false);
        tools.cancel();
        assertThat(tools.toolProperty().get()).isEqualTo(MapTool.BROWSE);
        assertThat(map.drawnShapeProperty().get()).isNull();
        assertThat(tools.selectionProperty().get()).isNull();
        assertThat(tools.click(120.12, 30.21, false)).as("browsing leaves clicks to the map").isFalse();
    }

    /** Sixteen 1 km-ish grids G{x}{y} in a 4×4 block from (120.10, 30.20), a hundredth of a degree each. */
    static final class ToolCity {
        static List<Area> grids() {
            ArrayList<Area> grids = new ArrayList<>();
            long id = 1;
            for (int x = 0; x < 4; x++) {
                for (int y = 0; y < 4; y++) {
                    double w = 120.10 + x * 0.01;
                    double s = 30.20 + y * 0.01;
                    grids.add(new Area(id++, AreaLevel.GRID, "G" + x + y, "网格" + x + y, null, 400,
                            Wgs84.FACTORY.createPolygon(new Coordinate[] {new Coordinate(w, s),
                                new Coordinate(w + 0.01, s), new Coordinate(w + 0.01, s + 0.01),
                                new Coordinate(w, s + 0.01), new Coordinate(w, s)})));
                }
            }
            return grids;
        }
    }
}
