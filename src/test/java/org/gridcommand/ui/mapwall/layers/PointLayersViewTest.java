package org.gridcommand.ui.mapwall.layers;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javafx.geometry.Point2D;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.stage.Stage;
import org.gridcommand.service.map.MapPoints.CameraPoint;
import org.gridcommand.service.map.MapPoints;
import org.gridcommand.ui.common.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PointLayersViewTest {
    private PointLayersStage on;
    private PointLayers layers;
    private TabPane panels;
    /** Whether each read of the points asked for the heat map's history. */
    private final List<Boolean> historyAsked = new CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        PointLayers.PointSource source = withHistory -> {
            historyAsked.add(withHistory);
            var p = TestPoints.points();
            // as the service does: the heat map's year only when asked for
            return withHistory ? p : new MapPoints(p.cameras(), p.sensors(), p.events(),
                    p.warehouses(), p.teams(), p.experts(), p.stations(),
                    MapPoints.EventHistory.EMPTY);
        };
        on = new PointLayersStage(stage, source, new Messages(Locale.SIMPLIFIED_CHINESE));
        layers = on.layers;
        panels = on.panels;
    }

    @AfterEach
    void dispose(FxRobot robot) {
        on.dispose(robot);
    }

    @Test
    void turning_the_camera_layer_off_takes_the_cameras_off_the_map_and_on_brings_them_back(FxRobot robot) {
        on.show(robot, TestPoints.LAT, TestPoints.LON, 16);
        assertThat(on.near(robot, TestPoints.LON, TestPoints.LAT, Symbols.CAMERA_ONLINE)).isTrue();

        robot.clickOn("#layer-cameras");
        PointLayersStage.settle(robot);
        assertThat(on.near(robot, TestPoints.LON, TestPoints.LAT, Symbols.CAMERA_ONLINE)).isFalse();

        robot.clickOn("#layer-cameras");
        PointLayersStage.settle(robot);
        assertThat(on.near(robot, TestPoints.LON, TestPoints.LAT, Symbols.CAMERA_ONLINE)).isTrue();
    }

    @Test
    void thirty_cameras_close_together_show_as_one_cluster_when_zoomed_out_and_split_when_zoomed_in(
            FxRobot robot) {
        robot.clickOn("#layer-sensors");
        robot.clickOn("#layer-events");
        on.show(robot, TestPoints.LAT, (TestPoints.LON + TestPoints.GROUP_LON) / 2, 12);
        // the lone camera on its own; the group as one cluster (two if it happens to straddle a cell edge)
        List<Integer> counts = clusterCounts(robot);
        assertThat(counts).contains(1).hasSizeBetween(2, 3);
        assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(31);
        assertThat(counts.stream().mapToInt(Integer::intValue).max().getAsInt()).isGreaterThanOrEqualTo(15);
        assertThat(layers.layer().lastSymbolCount()).isEqualTo(counts.size());

        on.show(robot, TestPoints.LAT, TestPoints.GROUP_LON + 0.001, 17);
        assertThat(layers.layer().lastSymbolCount()).isEqualTo(30);
    }

    @Test
    void clicking_a_camera_selects_it_and_shows_its_details_with_its_picture_or_why_there_is_none(FxRobot robot) {
        on.show(robot, TestPoints.LAT, TestPoints.LON, 16);
        robot.clickOn(on.screen(robot, TestPoints.LON, TestPoints.LAT));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(layers.model().selectedProperty().get()).isInstanceOf(CameraPoint.class);
        assertThat(((CameraPoint) layers.model().selectedProperty().get()).code()).isEqualTo("CAM-0001");
        assertThat(panels.getSelectionModel().getSelectedItem().getId()).isEqualTo("point-details-tab");
        assertThat(robot.lookup("#point-heading").queryAs(Label.class).getText()).isEqualTo("人民路口");
        assertThat(robot.lookup(".fact-value").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("CAM-0001", "在线", "已开启");
        CameraPlayer player = robot.lookup("#point-details").queryAs(PointDetailsView.class).player();
        boolean playsOrExplains = PointLayersStage.fx(robot,
                () -> player.isPlaying() || player.messageText().startsWith("视频无法播放"));
        assertThat(playsOrExplains).isTrue();
    }

    @Test
    void a_new_event_pulses_until_the_officer_selects_it(FxRobot robot) {
        on.show(robot, TestPoints.LAT, TestPoints.EVENT_LON, 16);
        assertThat(PointLayersStage.fx(robot, () -> layers.layer().isPulsing())).isTrue();

        Point2D pin = on.screen(robot, TestPoints.EVENT_LON, TestPoints.LAT);
        robot.clickOn(pin.getX(), pin.getY() - 11);
        PointLayersStage.settle(robot);
        assertThat(robot.lookup("#point-heading").queryAs(Label.class).getText()).isEqualTo("井盖缺失");
        assertThat(PointLayersStage.fx(robot, () -> layers.layer().isPulsing())).isFalse();
    }

    @Test
    void the_heat_map_window_decides_which_events_are_drawn(FxRobot robot) {
        robot.clickOn("#layer-cameras");
        robot.clickOn("#layer-sensors");
        robot.clickOn("#layer-events");
        on.show(robot, TestPoints.LAT - 0.004, TestPoints.LON - 0.008, 15);
        assertThat(historyAsked).as("the console starts without the heat map's year of events").containsOnly(false);
        robot.clickOn("#layer-heat-map");
        PointLayersStage.settle(robot);
        assertThat(historyAsked).as("turning the heat map on reads it").endsWith(true);
        // a week (the default): only today's three events; the south-west stays dark
        assertThat(layers.layer().heatCount()).isEqualTo(3);
        assertThat(on.opaqueNear(robot, TestPoints.OLD_LON, TestPoints.OLD_LAT)).isFalse();

        @SuppressWarnings("unchecked")
        ComboBox<HeatWindow> window = robot.lookup("#heat-window").queryAs(ComboBox.class);
        robot.interact(() -> window.setValue(HeatWindow.MONTH));
        PointLayersStage.settle(robot);
        assertThat(layers.layer().heatCount()).isEqualTo(15);
        assertThat(on.opaqueNear(robot, TestPoints.OLD_LON, TestPoints.OLD_LAT)).isTrue();
    }

    private List<Integer> clusterCounts(FxRobot robot) {
        return PointLayersStage.fx(robot, () -> {
            PointPainter painter = new PointPainter(new Messages(Locale.SIMPLIFIED_CHINESE)
                    .forFeature("org.gridcommand.ui.mapwall.layers.messages"));
            return painter.clusters(layers.layer().frame(), layers.model().projection().cameras()).stream()
                    .map(c -> c.count()).toList();
        });
    }
}
