package org.gridcommand.ui.mapwall.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.gridcommand.domain.area.Area;
import org.gridcommand.geo.Wgs84;
import org.gridcommand.geo.tiles.WebMercator;
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

/** The officer measures and selects on the real map view with the mouse and the keyboard. */
@ExtendWith(ApplicationExtension.class)
class MapToolbarTest {
    private MapWallModel model;
    private MapWallView view;
    private MapTools tools;
    private MapToolbar toolbar;
    private ToolResultsPanel results;

    @Start
    void start(Stage stage) {
        model = new MapWallModel();
        model.setAreas(MapToolsTest.ToolCity.grids());
        view = new MapWallView(model);
        tools = new MapTools(model);
        Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
        toolbar = new MapToolbar(tools, view, messages);
        results = new ToolResultsPanel(tools, model, messages);
        BorderPane root = new BorderPane(view);
        results.setPrefWidth(260);
        root.setRight(results);
        stage.setScene(new Scene(root, 1000, 700));
        stage.show();
    }

    @AfterEach
    void dispose(FxRobot robot) {
        robot.interact(() -> {
            toolbar.dispose();
            results.dispose();
            view.dispose();
        });
    }

    @Test
    void two_clicks_with_the_ruler_show_the_distance_between_them(FxRobot robot) {
        settle();
        robot.clickOn("#tool-distance");
        Point2D a = new Point2D(250, 400);
        Point2D b = new Point2D(600, 250);
        robot.clickOn(onScreen(a));
        robot.doubleClickOn(onScreen(b));
        settle();
        double[] p = fx(() -> view.lonLatAt(a.getX(), a.getY()));
        double[] q = fx(() -> view.lonLatAt(b.getX(), b.getY()));
        double expected = Wgs84.distanceMeters(p[0], p[1], q[0], q[1]);
        assertThat(expected).as("the 4 km wide test city fills the view").isBetween(500.0, 5_000.0);
        assertThat(tools.lengthMetersProperty().get()).isCloseTo(expected, within(expected * 0.01));
        assertThat(tools.finishedProperty().get()).isTrue();
        assertThat(robot.lookup("#tool-readout").queryAs(Label.class).getText())
                .isEqualTo(new Units(new Messages(Locale.SIMPLIFIED_CHINESE)
                .forFeature("org.gridcommand.ui.mapwall.tools.messages")).length(
                tools.lengthMetersProperty().get()));
        assertThat(model.selectedAreaProperty().get()).as("measuring selects no area").isNull();
    }

    @Test
    void a_drawn_circle_selects_the_grids_inside_and_lists_them(FxRobot robot) throws Exception {
        settle();
        robot.clickOn("#tool-circle");
        robot.clickOn(onScreen(lonLat(120.12, 30.21)));
        robot.clickOn(onScreen(lonLat(120.129, 30.21)));
        settle();
        Selection s = tools.selectionProperty().get();
        assertThat(s).isNotNull();
        assertThat(s.areas()).extracting(Area::getCode).containsExactlyInAnyOrder("G10", "G11", "G20", "G21");
        assertThat(model.drawnShapeProperty().get().covers(Wgs84.point(120.12, 30.21))).isTrue();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> robot.lookup("#tool-selected-list")
                .queryAs(TreeView.class).getRoot().getChildren().stream()
                .anyMatch(h -> h.toString().contains("网格（4）")));

        robot.type(KeyCode.ESCAPE);
        settle();
        assertThat(tools.toolProperty().get()).isEqualTo(MapTool.BROWSE);
        assertThat(model.drawnShapeProperty().get()).isNull();
    }

    @Test
    void arrows_pan_plus_zooms_in_and_home_shows_the_whole_city_again(FxRobot robot) {
        settle();
        double cityZoom = model.zoomProperty().get();
        robot.clickOn(onScreen(new Point2D(500, 350)));
        double[] before = fx(view::centre);
        robot.type(KeyCode.RIGHT);
        settle();
        double[] after = fx(view::centre);
        assertThat(after[0]).isGreaterThan(before[0]);
        assertThat(after[1]).isCloseTo(before[1], within(1e-6));
        robot.type(KeyCode.ADD);
        settle();
        assertThat(model.zoomProperty().get()).isCloseTo(Math.round(cityZoom) + 1, within(0.01));
        robot.type(KeyCode.HOME);
        settle();
        assertThat(model.zoomProperty().get()).isCloseTo(cityZoom, within(0.01));
    }

    /** Where a lon/lat is in the view, from two corners (x is linear in lon, y in the Mercator y). */
    private Point2D lonLat(double lon, double lat) {
        return fx(() -> {
            double w = view.getWidth();
            double h = view.getHeight();
            double[] nw = view.lonLatAt(0, 0);
            double[] se = view.lonLatAt(w, h);
            double x = (lon - nw[0]) / (se[0] - nw[0]) * w;
            double y = (WebMercator.worldY(lat) - WebMercator.worldY(nw[1]))
                    / (WebMercator.worldY(se[1]) - WebMercator.worldY(nw[1])) * h;
            return new Point2D(x, y);
        });
    }

    private Point2D onScreen(Point2D local) {
        return fx(() -> view.localToScreen(local));
    }

    private static void settle() {
        WaitForAsyncUtils.waitForFxEvents(3);
    }

    private static <T> T fx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
