package org.gridcommand.ui.mapwall;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.assertj.core.data.Offset;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.geo.Wgs84;
import org.gridcommand.geo.tiles.WebMercator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locationtech.jts.geom.Envelope;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class MapWallViewTest {
    private final SyntheticCity city = SyntheticCity.small();
    /** The south-west grid of the south-west community: its east edge is shared with a sibling grid. */
    private final Area grid = city.first(AreaLevel.GRID);
    private MapWallModel model;
    private MapWallView view;

    @Start
    void start(Stage stage) {
        model = new MapWallModel();
        // no base map: the boundaries are drawn on the base map's canvas, and these tests read their pixels
        model.setAreas(city.areas);
        view = new MapWallView(model);
        stage.setScene(new Scene(view, 800, 600));
        stage.show();
    }

    @AfterEach
    void dispose(FxRobot robot) {
        robot.interact(view::dispose);
    }

    @Test
    void the_whole_city_is_shown_at_first(FxRobot robot) {
        settle(robot);
        Viewport vp = fx(() -> view.areaLayer().viewport());
        assertThat(vp.lonLat().contains(new Envelope(SyntheticCity.WEST, SyntheticCity.EAST,
                SyntheticCity.SOUTH, SyntheticCity.NORTH))).isTrue();
        assertThat(model.zoomProperty().get()).isBetween(10.0, 14.0);
    }

    @Test
    void the_outlines_of_every_level_are_prepared_off_the_fx_thread(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> fx(() -> view.areaLayer().prepared()));
        // the city's first frame may have come before them
        int builtBefore = fx(() -> view.areaLayer().edgesBuiltOnFxThread());

        // every level drawn once, from the streets down to the micro-grids
        for (Area area : new Area[] {city.first(AreaLevel.COMMUNITY), grid, city.first(AreaLevel.MICRO_GRID)}) {
            focus(robot, area);
        }

        assertThat(fx(() -> view.areaLayer().lastOutlineCount())).isPositive();
        assertThat(fx(() -> view.areaLayer().edgesBuiltOnFxThread())).isEqualTo(builtBefore);
    }

    @Test
    void focusing_an_area_brings_it_to_the_middle_and_zooms_in_until_it_fills_the_view(FxRobot robot) {
        focus(robot, grid);
        Viewport vp = fx(() -> view.areaLayer().viewport());
        double lon = vp.lon(vp.width() / 2);
        double lat = vp.lat(vp.height() / 2);
        assertThat(grid.getBoundary().contains(Wgs84.point(lon, lat))).isTrue();
        Envelope box = grid.getBoundary().getEnvelopeInternal();
        double widthPx = vp.screenX(WebMercator.worldX(box.getMaxX())) - vp.screenX(WebMercator.worldX(box.getMinX()));
        double heightPx = vp.screenY(WebMercator.worldY(box.getMinY())) - vp.screenY(WebMercator.worldY(box.getMaxY()));
        assertThat(Math.max(widthPx / vp.width(), heightPx / vp.height())).isBetween(0.8, 0.9);
        assertThat(model.zoomProperty().get()).isEqualTo(vp.zoom());
    }

    @Test
    void a_click_on_an_area_selects_it_at_the_level_drawn_at_this_zoom(FxRobot robot) {
        focus(robot, grid);
        robot.clickOn(onScreen(robot, grid.getBoundary().getInteriorPoint().getX(),
                grid.getBoundary().getInteriorPoint().getY()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.selectedAreaProperty().get()).isSameAs(grid);

        // just west of the city, still on screen (the grid fills 85% of the view)
        robot.clickOn(onScreen(robot, SyntheticCity.WEST - 0.0003, grid.getBoundary().getInteriorPoint().getY()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.selectedAreaProperty().get()).isNull();
    }

    @Test
    void a_click_limits_the_event_lists_only_while_the_console_says_clicks_scope(FxRobot robot) {
        focus(robot, grid);
        double lon = grid.getBoundary().getInteriorPoint().getX();
        double lat = grid.getBoundary().getInteriorPoint().getY();
        // e.g. the resources tab: a click picks where distances are measured from, nothing more
        robot.interact(() -> model.clickScopesProperty().set(false));
        robot.clickOn(onScreen(robot, lon, lat));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.selectedAreaProperty().get()).isSameAs(grid);
        assertThat(model.scopeProperty().get()).isNull();

        // the event queue's tab
        robot.interact(() -> {
            model.selectedAreaProperty().set(null);
            model.clickScopesProperty().set(true);
        });
        robot.clickOn(onScreen(robot, lon, lat));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(model.scopeProperty().get()).isSameAs(grid);
    }

    @Test
    void hiding_a_level_removes_its_outlines(FxRobot robot) {
        focus(robot, grid);
        Envelope box = grid.getBoundary().getEnvelopeInternal();
        double midLat = (box.getMinY() + box.getMaxY()) / 2;
        assertThat(alphaAround(robot, box.getMaxX(), midLat)).isGreaterThan(0.3);

        robot.interact(() -> model.levelVisibleProperty(AreaLevel.GRID).set(false));
        settle(robot);
        assertThat(alphaAround(robot, box.getMaxX(), midLat)).isZero();
        // the parent community's thick outline stays
        assertThat(alphaAround(robot, box.getMinX(), midLat)).isGreaterThan(0.3);
    }

    @Test
    void an_area_selected_elsewhere_is_highlighted(FxRobot robot) {
        focus(robot, grid);
        double lon = grid.getBoundary().getInteriorPoint().getX();
        double lat = grid.getBoundary().getInteriorPoint().getY() + 0.001;
        assertThat(alphaAround(robot, lon, lat)).isZero();
        robot.interact(() -> model.selectedAreaProperty().set(grid));
        settle(robot);
        assertThat(alphaAround(robot, lon, lat)).isGreaterThan(0.1);
    }

    @Test
    void the_base_map_can_be_hidden(FxRobot robot) {
        robot.interact(() -> model.baseMapVisibleProperty().set(false));
        assertThat(fx(() -> view.tileLayer().tilesShown())).isFalse();
        robot.interact(() -> model.baseMapVisibleProperty().set(true));
        assertThat(fx(() -> view.tileLayer().tilesShown())).isTrue();
        assertThat(fx(() -> view.mapView().getChildrenUnmodifiable().get(0).isVisible()))
                .as("Gluon's own tiles stay hidden: the tile layer is the base map").isFalse();
    }

    @Test
    void setting_the_zoom_keeps_the_centre(FxRobot robot) {
        focus(robot, grid);
        Viewport before = fx(() -> view.areaLayer().viewport());
        robot.interact(() -> model.zoomProperty().set(13));
        settle(robot);
        Viewport after = fx(() -> view.areaLayer().viewport());
        assertThat(after.zoom()).isEqualTo(13);
        assertThat(after.lon(after.width() / 2)).isCloseTo(before.lon(before.width() / 2),
                Offset.offset(1e-6));
    }

    @Test
    void a_disposed_view_no_longer_follows_the_model(FxRobot robot) {
        focus(robot, grid);
        Envelope box = grid.getBoundary().getEnvelopeInternal();
        double midLat = (box.getMinY() + box.getMaxY()) / 2;
        robot.interact(view::dispose);
        robot.interact(() -> model.levelVisibleProperty(AreaLevel.GRID).set(false));
        settle(robot);
        assertThat(alphaAround(robot, box.getMaxX(), midLat)).isGreaterThan(0.3);
    }

    private void focus(FxRobot robot, Area area) {
        settle(robot);
        robot.interact(() -> model.focus(area));
        settle(robot);
    }

    /** Lets deferred work (framing after a resize, layout, canvas redraw) run. */
    private static void settle(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents(3);
    }

    private Point2D onScreen(FxRobot robot, double lon, double lat) {
        return fx(() -> {
            Viewport vp = view.areaLayer().viewport();
            return view.mapView().localToScreen(vp.screenX(WebMercator.worldX(lon)),
                    vp.screenY(WebMercator.worldY(lat)));
        });
    }

    /** The most opaque canvas pixel within one pixel of a lon/lat. */
    private double alphaAround(FxRobot robot, double lon, double lat) {
        return fx(() -> {
            Viewport vp = view.areaLayer().viewport();
            int x = (int) Math.floor(vp.screenX(WebMercator.worldX(lon)));
            int y = (int) Math.floor(vp.screenY(WebMercator.worldY(lat)));
            SnapshotParameters params = new SnapshotParameters();
            params.setFill(Color.TRANSPARENT);
            WritableImage image = view.areaLayer().canvas().snapshot(params, null);
            PixelReader pixels = image.getPixelReader();
            double max = 0;
            for (int dx = -1; dx <= 1; dx++) {
                for (int dy = -1; dy <= 1; dy++) {
                    max = Math.max(max, pixels.getColor(x + dx, y + dy).getOpacity());
                }
            }
            return max;
        });
    }

    private static <T> T fx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
