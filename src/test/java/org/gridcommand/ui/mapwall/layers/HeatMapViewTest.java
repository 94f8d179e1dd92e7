package org.gridcommand.ui.mapwall.layers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.Urgency;
import org.gridcommand.geo.Wgs84;
import org.gridcommand.geo.tiles.WebMercator;
import org.gridcommand.service.map.MapPoints;
import org.gridcommand.service.map.MapPoints.EventHistory;
import org.gridcommand.service.map.MapPoints.EventPin;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;
import org.gridcommand.ui.mapwall.MapWallModel;
import org.gridcommand.ui.mapwall.MapWallView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locationtech.jts.geom.Coordinate;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The heat map is a smooth density surface computed in the background, readable under the symbols, and both it and
 * the area colouring come with a legend that gives their scale.
 */
@ExtendWith(ApplicationExtension.class)
class HeatMapViewTest {
    /** A hot spot: 40 events this week within ~100 m, and a second, weaker one 600 m east. */
    private static final double HOT_LON = 120.0;
    private static final double HOT_LAT = 30.0;
    private static final double WARM_LON = 120.006;
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private MapWallModel map;
    private MapWallView view;
    private PointLayers layers;
    private Area busyGrid;

    @Start
    void start(Stage stage) {
        map = new MapWallModel();
        List<Area> grids = grids();
        map.setAreas(grids);
        busyGrid = grids.get(0);
        view = new MapWallView(map);
        // a real background thread: the surface is computed off the FX thread, as in the console
        layers = new PointLayers(map, view, Clock.fixed(TestPoints.NOW, ZoneId.of("Asia/Shanghai")),
                BackgroundTasks.withFxThread(background), new Messages(Locale.SIMPLIFIED_CHINESE),
                withHistory -> points(busyGrid.getId(), grids.get(1).getId()));
        stage.setScene(new Scene(new BorderPane(view, null, null, null, layers.controls()), 1200, 700));
        stage.show();
        layers.start();
    }

    @AfterEach
    void dispose(FxRobot robot) throws Exception {
        robot.interact(() -> {
            layers.dispose();
            view.dispose();
        });
        background.shutdown();
        background.awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void the_heat_map_is_a_continuous_surface_that_fades_smoothly_from_the_hot_spot(FxRobot robot)
            throws Exception {
        robot.clickOn("#layer-cameras").clickOn("#layer-sensors").clickOn("#layer-events");
        show(robot, HOT_LON + 0.003, HOT_LAT, 16);
        robot.clickOn("#layer-heat-map");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> alphaAt(robot, HOT_LON, HOT_LAT) > 0.5);

        double[] alpha = alphaAlongRow(robot, HOT_LON, HOT_LAT, 320);
        Color hot = colourAt(robot, HOT_LON, HOT_LAT);
        assertThat(hot.getRed()).as("the hot spot is red").isGreaterThan(0.8);
        assertThat(hot.getBlue()).isLessThan(0.4);
        // fading out east of the hot spot: no step bigger than a few percent from one pixel to the next (counts per
        // cell drawn as discs showed steps and holes), and it really fades
        for (int i = 1; i < 60; i++) {
            assertThat(Math.abs(alpha[i] - alpha[i - 1])).as("step at pixel " + i).isLessThan(0.05);
        }
        assertThat(alpha[60]).isLessThan(alpha[0] - 0.2);
        // the weaker spot 600 m east is its own warm patch, not part of a haze over everything
        int warm = (int) Math.round(px(robot, WARM_LON) - px(robot, HOT_LON));
        assertThat(alpha[warm]).isGreaterThan(0.2);
        assertThat(min(alpha, 70, warm - 40)).as("cool ground between the two").isLessThan(alpha[warm] / 2);

        assertThat(robot.lookup("#legend-heat").query().isVisible()).isTrue();
        assertThat(texts(robot, "#legend-heat")).anyMatch(t -> t.matches("峰值 [\\d,.]+ 件/平方公里"))
                .anyMatch(t -> t.startsWith("案件密度 · 近7天"));
    }

    @Test
    void colouring_areas_shows_a_legend_with_its_scale(FxRobot robot) throws Exception {
        show(robot, HOT_LON, HOT_LAT, 15.5);
        assertThat(robot.lookup("#map-legend").query().isVisible()).as("nothing to explain yet").isFalse();
        robot.clickOn("#layer-choropleth");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#legend-choropleth").query().isVisible());
        assertThat(texts(robot, "#legend-choropleth")).contains("区域着色 · 在办案件数（每个网格）", "1 件", "3 件");
    }

    private void show(FxRobot robot, double lon, double lat, double zoom) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !layers.model().pointsProperty().get().events()
                .isEmpty());
        robot.interact(() -> view.centreOn(lon, lat, zoom));
        WaitForAsyncUtils.waitForFxEvents(4);
    }

    private List<String> texts(FxRobot robot, String section) {
        return robot.lookup(section + " .label").queryAllAs(Label.class).stream().map(Label::getText).toList();
    }

    private double px(FxRobot robot, double lon) {
        return PointLayersStage.fx(robot, () -> layers.layer().frame().screenX(WebMercator.worldX(lon)));
    }

    private double alphaAt(FxRobot robot, double lon, double lat) {
        return alphaAlongRow(robot, lon, lat, 1)[0];
    }

    private Color colourAt(FxRobot robot, double lon, double lat) {
        return PointLayersStage.fx(robot, () -> {
            MapFrame f = layers.layer().frame();
            return snapshot().getColor((int) f.screenX(WebMercator.worldX(lon)),
                    (int) f.screenY(WebMercator.worldY(lat)));
        });
    }

    /** Opacity of the map's canvas (no base map: only the heat map paints) from a place eastwards. */
    private double[] alphaAlongRow(FxRobot robot, double lon, double lat, int length) {
        return PointLayersStage.fx(robot, () -> {
            MapFrame f = layers.layer().frame();
            PixelReader pixels = snapshot();
            int x0 = (int) f.screenX(WebMercator.worldX(lon));
            int y = (int) f.screenY(WebMercator.worldY(lat));
            double[] a = new double[length];
            for (int i = 0; i < length; i++) {
                a[i] = pixels.getColor(x0 + i, y).getOpacity();
            }
            return a;
        });
    }

    private PixelReader snapshot() {
        SnapshotParameters transparent = new SnapshotParameters();
        transparent.setFill(Color.TRANSPARENT);
        WritableImage img = layers.layer().canvas().snapshot(transparent, null);
        return img.getPixelReader();
    }

    private static double min(double[] a, int from, int to) {
        double m = 1;
        for (int i = from; i < to; i++) {
            m = Math.min(m, a[i]);
        }
        return m;
    }

    /**
     * Three open events in the busy grid and one in its neighbour (for the colouring), and a week of history: 40
     * events around the hot spot, 12 around the warm one.
     */
    private static MapPoints points(long busyGridId, long quietGridId) {
        List<EventPin> open = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            open.add(new EventPin(50 + i, "E-" + i, "占道经营", EventState.DISPATCHED, Urgency.NORMAL, HOT_LON - 0.004,
                    HOT_LAT - 0.004, "", TestPoints.NOW, TestPoints.NOW, null, null, i < 3 ? busyGridId : quietGridId,
                    null,
                    null));
        }
        int n = 52;
        double[] lon = new double[n];
        double[] lat = new double[n];
        long[] at = new long[n];
        for (int i = 0; i < n; i++) {
            boolean hot = i < 40;
            double spread = hot ? 0.0009 : 0.0005;
            lon[i] = (hot ? HOT_LON : WARM_LON) + spread * Math.sin(i * 2.1);
            lat[i] = HOT_LAT + spread * Math.cos(i * 1.7);
            at[i] = TestPoints.NOW.minus(Duration.ofDays(i % 6)).getEpochSecond();
        }
        return new MapPoints(TestPoints.points().cameras(), TestPoints.points().sensors(), open, List.of(),
                List.of(), List.of(), List.of(), new EventHistory(lon, lat, at));
    }

    /** Two grids side by side around the hot spot; the map draws grids at zoom 15–16. */
    private static List<Area> grids() {
        List<Area> grids = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            double w = 119.985 + i * 0.02;
            grids.add(new Area(900 + i, AreaLevel.GRID, "G" + i, "热点" + i + "网格", null, 400,
                    Wgs84.FACTORY.createPolygon(new Coordinate[] {new Coordinate(w, 29.99), new Coordinate(w + 0.02,
                        29.99), new Coordinate(w + 0.02, 30.01), new Coordinate(w, 30.01), new Coordinate(w, 29.99)})));
        }
        return grids;
    }
}
