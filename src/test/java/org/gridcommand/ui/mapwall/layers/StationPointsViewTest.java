package org.gridcommand.ui.mapwall.layers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.gridcommand.domain.resource.StationKind;
import org.gridcommand.geo.cluster.Cluster;
import org.gridcommand.geo.tiles.WebMercator;
import org.gridcommand.service.map.MapPoints.StationPoint;
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

/** The duty officer finds the community's service centre and grid stations on the map's resources layer. */
@ExtendWith(ApplicationExtension.class)
class StationPointsViewTest {
    private MapWallView view;
    private PointLayers layers;
    private TabPane panels;

    @Start
    void start(Stage stage) {
        MapWallModel map = new MapWallModel();
        view = new MapWallView(map);
        PointLayers.PointSource source = withHistory -> TestPoints.points();
        layers = new PointLayers(map, view, Clock.fixed(TestPoints.NOW, ZoneId.of("Asia/Shanghai")),
                new BackgroundTasks(Runnable::run, Runnable::run), new Messages(Locale.SIMPLIFIED_CHINESE), source);
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
    void the_stations_show_with_the_resources_and_each_kind_has_its_own_symbol(FxRobot robot) {
        show(robot, TestPoints.STATION_LAT, TestPoints.STATION_LON, 16);
        assertThat(near(robot, TestPoints.STATION_LON, Symbols.SERVICE_CENTER)).as("off by default").isFalse();

        robot.clickOn("#layer-resources");
        settle(robot);

        assertThat(near(robot, TestPoints.STATION_LON, Symbols.SERVICE_CENTER)).isTrue();
        assertThat(near(robot, TestPoints.STATION_LON, Symbols.GRID_STATION)).isFalse();
        assertThat(near(robot, TestPoints.GRID_STATION_LON, Symbols.GRID_STATION)).isTrue();
        assertThat(near(robot, TestPoints.GRID_STATION_LON, Symbols.SERVICE_CENTER)).isFalse();
    }

    @Test
    void clicking_a_service_centre_shows_where_it_serves_when_it_is_open_and_who_works_there(FxRobot robot) {
        robot.clickOn("#layer-resources");
        show(robot, TestPoints.STATION_LAT, TestPoints.STATION_LON, 16);

        robot.clickOn(screen(robot, TestPoints.STATION_LON, TestPoints.STATION_LAT));
        settle(robot);

        assertThat(layers.model().selectedProperty().get()).isInstanceOfSatisfying(StationPoint.class,
                s -> assertThat(s.code()).isEqualTo("SC-330199001001"));
        assertThat(panels.getSelectionModel().getSelectedItem().getId()).isEqualTo("point-details-tab");
        assertThat(robot.lookup("#point-heading").queryAs(Label.class).getText()).isEqualTo("文华社区党群服务中心");
        assertThat(robot.lookup(".fact-value").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("SC-330199001001", "社区（党群）服务中心", "文华社区", "明湖区明湖街道文华社区8号",
                        "0571-86001234", "周一至周日 8:30–17:30", "14 人");

        robot.clickOn(screen(robot, TestPoints.GRID_STATION_LON, TestPoints.STATION_LAT));
        settle(robot);
        assertThat(robot.lookup("#point-heading").queryAs(Label.class).getText()).isEqualTo("文华社区第1网格工作站");
        assertThat(robot.lookup(".fact-value").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("网格工作站", "文华社区02网格", "4 人");
    }

    @Test
    void zoomed_out_the_two_stations_gather_into_one_cluster_that_the_picker_zooms_into(FxRobot robot) {
        robot.clickOn("#layer-resources");
        show(robot, TestPoints.STATION_LAT, (TestPoints.STATION_LON + TestPoints.GRID_STATION_LON) / 2, 11);

        List<Cluster> clusters = fx(robot, () -> new PointPainter(messages())
                .clusters(layers.layer().frame(), layers.model().projection().stations()));
        assertThat(clusters).singleElement().satisfies(c -> assertThat(c.count()).isEqualTo(2));

        PointPicker.Hit hit = fx(robot, () -> {
            MapFrame f = layers.layer().frame();
            Cluster c = clusters.get(0);
            return new PointPicker(new PointPainter(messages())).pick(f, f.screenX(c.worldX()),
                    f.screenY(c.worldY()), layers.model());
        });
        assertThat(hit.point()).isNull();
        assertThat(hit.cluster().count()).isEqualTo(2);

        show(robot, TestPoints.STATION_LAT, TestPoints.GRID_STATION_LON, 16);
        PointPicker.Hit single = fx(robot, () -> {
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

    private void show(FxRobot robot, double lat, double lon, double zoom) {
        settle(robot);
        robot.interact(() -> view.centreOn(lon, lat, zoom));
        settle(robot);
    }

    private static void settle(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents(4);
    }

    private Point2D screen(FxRobot robot, double lon, double lat) {
        return fx(robot, () -> {
            MapFrame f = layers.layer().frame();
            return view.localToScreen(f.screenX(WebMercator.worldX(lon)), f.screenY(WebMercator.worldY(lat)));
        });
    }

    /** True if a pixel of {@code colour} is within 3 px of the station row's place at {@code lon}. */
    private boolean near(FxRobot robot, double lon, Color colour) {
        return fx(robot, () -> {
            MapFrame f = layers.layer().frame();
            WritableImage img = layers.layer().canvas().snapshot(null, null);
            int cx = (int) f.screenX(WebMercator.worldX(lon));
            int cy = (int) f.screenY(WebMercator.worldY(TestPoints.STATION_LAT));
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

    private static <T> T fx(FxRobot robot, Callable<T> call) {
        try {
            return WaitForAsyncUtils.asyncFx(call).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
