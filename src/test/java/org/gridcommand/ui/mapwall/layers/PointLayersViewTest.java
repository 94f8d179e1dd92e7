package org.gridcommand.ui.mapwall.layers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.gridcommand.geo.tiles.WebMercator;
import org.gridcommand.service.map.MapPoints.CameraPoint;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;
import org.gridcommand.ui.mapwall.MapWallModel;
import org.gridcommand.ui.mapwall.MapWallView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class PointLayersViewTest {
    private MapWallView view;
    private PointLayers layers;
    private TabPane panels;
    /** Whether each read of the points asked for the heat map's history. */
    private final java.util.List<Boolean> historyAsked = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Start
    void start(Stage stage) {
        MapWallModel map = new MapWallModel();
        view = new MapWallView(map);
        Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
        PointLayers.PointSource source = withHistory -> {
            historyAsked.add(withHistory);
            var p = TestPoints.points();
            // as the service does: the heat map's year only when asked for
            return withHistory ? p : new org.gridcommand.service.map.MapPoints(p.cameras(), p.sensors(), p.events(),
                    p.warehouses(), p.teams(), p.experts(), p.stations(),
                    org.gridcommand.service.map.MapPoints.EventHistory.EMPTY);
        };
        layers = new PointLayers(map, view, Clock.fixed(TestPoints.NOW, ZoneId.of("Asia/Shanghai")),
                new BackgroundTasks(Runnable::run, Runnable::run), messages, source);
        panels = new TabPane();
        layers.showDetailsIn(panels);
        BorderPane root = new BorderPane(view, null, panels, null, layers.controls());
        panels.setPrefWidth(300);
        stage.setScene(new Scene(root, 1300, 700));
        stage.show();
        layers.start();
    }

    @AfterEach
    void dispose(FxRobot robot) {
        robot.interact(() -> {
            layers.dispose();
            view.dispose();
        });
    }

    @Test
    void turning_the_camera_layer_off_takes_the_cameras_off_the_map_and_on_brings_them_back(FxRobot robot) {
        show(robot, TestPoints.LAT, TestPoints.LON, 16);
        assertThat(near(robot, TestPoints.LON, TestPoints.LAT, Symbols.CAMERA_ONLINE)).isTrue();

        robot.clickOn("#layer-cameras");
        settle(robot);
        assertThat(near(robot, TestPoints.LON, TestPoints.LAT, Symbols.CAMERA_ONLINE)).isFalse();

        robot.clickOn("#layer-cameras");
        settle(robot);
        assertThat(near(robot, TestPoints.LON, TestPoints.LAT, Symbols.CAMERA_ONLINE)).isTrue();
    }

    @Test
    void thirty_cameras_close_together_show_as_one_cluster_when_zoomed_out_and_split_when_zoomed_in(
            FxRobot robot) {
        robot.clickOn("#layer-sensors");
        robot.clickOn("#layer-events");
        show(robot, TestPoints.LAT, (TestPoints.LON + TestPoints.GROUP_LON) / 2, 12);
        // the lone camera on its own; the group as one cluster (two if it happens to straddle a cell edge)
        java.util.List<Integer> counts = clusterCounts(robot);
        assertThat(counts).contains(1).hasSizeBetween(2, 3);
        assertThat(counts.stream().mapToInt(Integer::intValue).sum()).isEqualTo(31);
        assertThat(counts.stream().mapToInt(Integer::intValue).max().getAsInt()).isGreaterThanOrEqualTo(15);
        assertThat(layers.layer().lastSymbolCount()).isEqualTo(counts.size());

        show(robot, TestPoints.LAT, TestPoints.GROUP_LON + 0.001, 17);
        assertThat(layers.layer().lastSymbolCount()).isEqualTo(30);
    }

    @Test
    void clicking_a_camera_selects_it_and_shows_its_details_with_its_picture_or_why_there_is_none(FxRobot robot) {
        show(robot, TestPoints.LAT, TestPoints.LON, 16);
        robot.clickOn(screen(robot, TestPoints.LON, TestPoints.LAT));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(layers.model().selectedProperty().get()).isInstanceOf(CameraPoint.class);
        assertThat(((CameraPoint) layers.model().selectedProperty().get()).code()).isEqualTo("CAM-0001");
        assertThat(panels.getSelectionModel().getSelectedItem().getId()).isEqualTo("point-details-tab");
        assertThat(robot.lookup("#point-heading").queryAs(Label.class).getText()).isEqualTo("人民路口");
        assertThat(robot.lookup(".fact-value").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("CAM-0001", "在线", "已开启");
        CameraPlayer player = robot.lookup("#point-details").queryAs(PointDetailsView.class).player();
        boolean playsOrExplains = fx(robot, () -> player.isPlaying() || player.messageText().startsWith("视频无法播放"));
        assertThat(playsOrExplains).isTrue();
    }

    @Test
    void a_new_event_pulses_until_the_officer_selects_it(FxRobot robot) {
        show(robot, TestPoints.LAT, TestPoints.EVENT_LON, 16);
        assertThat(fx(robot, () -> layers.layer().isPulsing())).isTrue();

        Point2D pin = screen(robot, TestPoints.EVENT_LON, TestPoints.LAT);
        robot.clickOn(pin.getX(), pin.getY() - 11);
        settle(robot);
        assertThat(robot.lookup("#point-heading").queryAs(Label.class).getText()).isEqualTo("井盖缺失");
        assertThat(fx(robot, () -> layers.layer().isPulsing())).isFalse();
    }

    @Test
    void the_heat_map_window_decides_which_events_are_drawn(FxRobot robot) {
        robot.clickOn("#layer-cameras");
        robot.clickOn("#layer-sensors");
        robot.clickOn("#layer-events");
        show(robot, TestPoints.LAT - 0.004, TestPoints.LON - 0.008, 15);
        assertThat(historyAsked).as("the console starts without the heat map's year of events").containsOnly(false);
        robot.clickOn("#layer-heat-map");
        settle(robot);
        assertThat(historyAsked).as("turning the heat map on reads it").endsWith(true);
        // a week (the default): only today's three events; the south-west stays dark
        assertThat(layers.layer().heatCount()).isEqualTo(3);
        assertThat(opaqueNear(robot, TestPoints.OLD_LON, TestPoints.OLD_LAT)).isFalse();

        @SuppressWarnings("unchecked")
        ComboBox<HeatWindow> window = robot.lookup("#heat-window").queryAs(ComboBox.class);
        robot.interact(() -> window.setValue(HeatWindow.MONTH));
        settle(robot);
        assertThat(layers.layer().heatCount()).isEqualTo(15);
        assertThat(opaqueNear(robot, TestPoints.OLD_LON, TestPoints.OLD_LAT)).isTrue();
    }

    private java.util.List<Integer> clusterCounts(FxRobot robot) {
        return fx(robot, () -> {
            PointPainter painter = new PointPainter(new Messages(Locale.SIMPLIFIED_CHINESE)
                    .forFeature("org.gridcommand.ui.mapwall.layers.messages"));
            return painter.clusters(layers.layer().frame(), layers.model().projection().cameras()).stream()
                    .map(c -> c.count()).toList();
        });
    }

    private void show(FxRobot robot, double lat, double lon, double zoom) {
        settle(robot);
        robot.interact(() -> view.centreOn(lon, lat, zoom));
        settle(robot);
    }

    private static void settle(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents(4);
    }

    /** Where a place is on screen (for the robot's clicks). */
    private Point2D screen(FxRobot robot, double lon, double lat) {
        return fx(robot, () -> {
            MapFrame f = layers.layer().frame();
            return view.localToScreen(f.screenX(WebMercator.worldX(lon)), f.screenY(WebMercator.worldY(lat)));
        });
    }

    /** True if a pixel of {@code colour} is within 3 px of the place on the point layer's canvas. */
    private boolean near(FxRobot robot, double lon, double lat, Color colour) {
        return fx(robot, () -> {
            MapFrame f = layers.layer().frame();
            WritableImage img = layers.layer().canvas().snapshot(null, null);
            int cx = (int) f.screenX(WebMercator.worldX(lon));
            int cy = (int) f.screenY(WebMercator.worldY(lat));
            for (int dx = -3; dx <= 3; dx++) {
                for (int dy = -3; dy <= 3; dy++) {
                    Color c = img.getPixelReader().getColor(cx + dx, cy + dy);
                    if (c.getOpacity() > 0.9 && Math.abs(c.getRed() - colour.getRed()) < 0.08
                            && Math.abs(c.getGreen() - colour.getGreen()) < 0.08
                            && Math.abs(c.getBlue() - colour.getBlue()) < 0.08) {
                        return true;
                    }
                }
            }
            return false;
        });
    }

    /** True if anything is painted within 6 px of the place. */
    private boolean opaqueNear(FxRobot robot, double lon, double lat) {
        return fx(robot, () -> {
            MapFrame f = layers.layer().frame();
            javafx.scene.SnapshotParameters transparent = new javafx.scene.SnapshotParameters();
            transparent.setFill(Color.TRANSPARENT);
            WritableImage img = layers.layer().canvas().snapshot(transparent, null);
            int cx = (int) f.screenX(WebMercator.worldX(lon));
            int cy = (int) f.screenY(WebMercator.worldY(lat));
            for (int dx = -6; dx <= 6; dx++) {
                for (int dy = -6; dy <= 6; dy++) {
                    if (img.getPixelReader().getColor(cx + dx, cy + dy).getOpacity() > 0.1) {
                        return true;
                    }
                }
            }
            return false;
        });
    }

    private static <T> T fx(FxRobot robot, Callable<T> call) {
        try {
            return WaitForAsyncUtils.asyncFx(call).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
