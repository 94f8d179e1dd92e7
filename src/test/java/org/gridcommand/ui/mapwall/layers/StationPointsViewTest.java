package org.gridcommand.ui.mapwall.layers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.gridcommand.domain.resource.StationKind;
import org.gridcommand.geo.cluster.Cluster;
import org.gridcommand.geo.tiles.WebMercator;
import org.gridcommand.service.map.MapPoints.StationPoint;
import org.gridcommand.ui.common.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The duty officer finds the community's service centre and grid stations on the map's resources layer. */
@ExtendWith(ApplicationExtension.class)
class StationPointsViewTest {
    private PointLayersStage on;
    private PointLayers layers;
    private TabPane panels;

    @Start
    void start(Stage stage) {
        on = new PointLayersStage(stage, withHistory -> TestPoints.points(), new Messages(Locale.SIMPLIFIED_CHINESE));
        layers = on.layers;
        panels = on.panels;
    }

    @AfterEach
    void dispose(FxRobot robot) {
        on.dispose(robot);
    }

    @Test
    void the_stations_show_with_the_resources_and_each_kind_has_its_own_symbol(FxRobot robot) {
        on.show(robot, TestPoints.STATION_LAT, TestPoints.STATION_LON, 16);
        assertThat(on.near(robot, TestPoints.STATION_LON, TestPoints.STATION_LAT, Symbols.SERVICE_CENTER))
                .as("off by default").isFalse();

        robot.clickOn("#layer-resources");
        PointLayersStage.settle(robot);

        assertThat(on.near(robot, TestPoints.STATION_LON, TestPoints.STATION_LAT, Symbols.SERVICE_CENTER)).isTrue();
        assertThat(on.near(robot, TestPoints.STATION_LON, TestPoints.STATION_LAT, Symbols.GRID_STATION)).isFalse();
        assertThat(on.near(robot, TestPoints.GRID_STATION_LON, TestPoints.STATION_LAT, Symbols.GRID_STATION)).isTrue();
        assertThat(on.near(robot, TestPoints.GRID_STATION_LON, TestPoints.STATION_LAT, Symbols.SERVICE_CENTER))
                .isFalse();
    }

    @Test
    void clicking_a_service_centre_shows_where_it_serves_when_it_is_open_and_who_works_there(FxRobot robot) {
        robot.clickOn("#layer-resources");
        on.show(robot, TestPoints.STATION_LAT, TestPoints.STATION_LON, 16);

        robot.clickOn(on.screen(robot, TestPoints.STATION_LON, TestPoints.STATION_LAT));
        PointLayersStage.settle(robot);

        assertThat(layers.model().selectedProperty().get()).isInstanceOfSatisfying(StationPoint.class,
                s -> assertThat(s.code()).isEqualTo("SC-330199001001"));
        assertThat(panels.getSelectionModel().getSelectedItem().getId()).isEqualTo("point-details-tab");
        assertThat(robot.lookup("#point-heading").queryAs(Label.class).getText()).isEqualTo("文华社区党群服务中心");
        assertThat(robot.lookup(".fact-value").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("SC-330199001001", "社区（党群）服务中心", "文华社区", "明湖区明湖街道文华社区8号",
                        "0571-86001234", "周一至周日 8:30–17:30", "14 人");

        robot.clickOn(on.screen(robot, TestPoints.GRID_STATION_LON, TestPoints.STATION_LAT));
        PointLayersStage.settle(robot);
        assertThat(robot.lookup("#point-heading").queryAs(Label.class).getText()).isEqualTo("文华社区第1网格工作站");
        assertThat(robot.lookup(".fact-value").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("网格工作站", "文华社区02网格", "4 人");
    }

    @Test
    void zoomed_out_the_two_stations_gather_into_one_cluster_that_the_picker_zooms_into(FxRobot robot) {
        robot.clickOn("#layer-resources");
        on.show(robot, TestPoints.STATION_LAT, (TestPoints.STATION_LON + TestPoints.GRID_STATION_LON) / 2, 11);

        List<Cluster> clusters = PointLayersStage.fx(robot, () -> new PointPainter(messages())
                .clusters(layers.layer().frame(), layers.model().projection().stations()));
        assertThat(clusters).singleElement().satisfies(c -> assertThat(c.count()).isEqualTo(2));

        PointPicker.Hit hit = PointLayersStage.fx(robot, () -> {
            MapFrame f = layers.layer().frame();
            Cluster c = clusters.get(0);
            return new PointPicker(new PointPainter(messages())).pick(f, f.screenX(c.worldX()),
                    f.screenY(c.worldY()), layers.model());
        });
        assertThat(hit.point()).isNull();
        assertThat(hit.cluster().count()).isEqualTo(2);

        on.show(robot, TestPoints.STATION_LAT, TestPoints.GRID_STATION_LON, 16);
        PointPicker.Hit single = PointLayersStage.fx(robot, () -> {
            MapFrame f = layers.layer().frame();
            return new PointPicker(new PointPainter(messages())).pick(f,
                    f.screenX(WebMercator.worldX(TestPoints.GRID_STATION_LON)),
                    f.screenY(WebMercator.worldY(TestPoints.STATION_LAT)), layers.model());
        });
        assertThat(single.point()).isInstanceOfSatisfying(StationPoint.class,
                s -> assertThat(s.kind()).isEqualTo(StationKind.GRID_STATION));
    }

    @Test
    void the_legend_explains_both_station_symbols(FxRobot robot) {
        assertThat(robot.lookup(".legend-label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("服务中心", "网格工作站");
    }

    private static Messages messages() {
        return new Messages(Locale.SIMPLIFIED_CHINESE).forFeature("org.gridcommand.ui.mapwall.layers.messages");
    }
}
