package org.gridcommand.ui.mapwall.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.assertj.core.data.Offset;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.geo.Wgs84;
import org.gridcommand.geo.index.NamedLines;
import org.gridcommand.geo.tiles.WebMercator;
import org.gridcommand.ui.common.Messages;
import org.gridcommand.ui.mapwall.MapWallModel;
import org.gridcommand.ui.mapwall.MapWallView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The duty officer picks where a reported event is on the map: a pin marks it, and the map says where that is. */
@ExtendWith(ApplicationExtension.class)
class PlacePickerTest {
    private static final Color PIN = Color.web("#ff5a5f");
    /** A place in grid G11, 60 m south of 明湖环路. */
    private static final double LON = 120.115;
    private static final double LAT = 30.2144;
    private MapWallModel map;
    private MapWallView view;
    private PlacePicker picker;
    private final List<Place> picked = new ArrayList<>();

    @Start
    void start(Stage stage) {
        map = new MapWallModel();
        List<Area> areas = new ArrayList<>();
        areas.add(new Area(1, AreaLevel.STREET, "S1", "湖滨街道", null, 0, box(120.10, 30.20, 120.14, 30.24)));
        areas.add(new Area(2, AreaLevel.COMMUNITY, "S1C1", "红城社区", 1L, 0, box(120.10, 30.20, 120.12, 30.22)));
        for (int x = 0; x < 2; x++) {
            for (int y = 0; y < 2; y++) {
                double w = 120.10 + x * 0.01;
                double s = 30.20 + y * 0.01;
                areas.add(new Area(10 + x * 2 + y, AreaLevel.GRID, "G" + x + y, "红城社区0" + (x * 2 + y + 1) + "网格",
                        2L, 400, box(w, s, w + 0.01, s + 0.01)));
            }
        }
        map.setAreas(areas);
        map.setRoads(new NamedLines(List.of(new NamedLines.Line("明湖环路", Wgs84.FACTORY.createLineString(
                new Coordinate[] {new Coordinate(120.10, 30.215), new Coordinate(120.14, 30.215)})))));
        view = new MapWallView(map);
        picker = new PlacePicker(view, new Messages(Locale.SIMPLIFIED_CHINESE));
        stage.setScene(new Scene(new BorderPane(view), 900, 650));
        stage.show();
    }

    @AfterEach
    void dispose(FxRobot robot) {
        robot.interact(() -> {
            picker.dispose();
            view.dispose();
        });
    }

    @Test
    void a_picked_place_gets_a_pin_and_a_callout_with_its_grid_and_address(FxRobot robot) {
        show(robot);
        robot.interact(() -> picker.pick(picked::add));
        assertThat(robot.lookup("#place-hint").queryAs(Label.class).getText()).isEqualTo("在地图上点击事件发生的位置（Esc 取消）");

        robot.clickOn(screen(robot, LON, LAT));
        WaitForAsyncUtils.waitForFxEvents(3);

        assertThat(picked).hasSize(1);
        Place p = picked.get(0);
        assertThat(p.grid().getCode()).isEqualTo("G11");
        assertThat(p.lon()).isCloseTo(LON, Offset.offset(1e-4));
        assertThat(picker.address(p)).isEqualTo("湖滨街道 红城社区 明湖环路附近");
        assertThat(robot.lookup("#place-grid").queryAs(Label.class).getText()).isEqualTo("红城社区04网格（G11）");
        assertThat(robot.lookup("#place-where").queryAs(Label.class).getText()).isEqualTo("湖滨街道 红城社区 明湖环路附近");
        assertThat(pinAbove(robot, LON, LAT)).as("the pin stands on the place").isTrue();
        assertThat(map.selectedAreaProperty().get()).as("the pick selects no area").isNull();
        assertThat(robot.lookup("#place-hint").tryQuery()).as("the hint goes once the place is picked").isEmpty();

        robot.interact(picker::clear);
        WaitForAsyncUtils.waitForFxEvents(3);
        assertThat(pinAbove(robot, LON, LAT)).isFalse();
    }

    @Test
    void escape_gives_up_picking_and_the_next_click_selects_as_usual(FxRobot robot) {
        show(robot);
        robot.interact(() -> picker.pick(picked::add));
        robot.type(KeyCode.ESCAPE);
        assertThat(picker.isArmed()).isFalse();
        robot.clickOn(screen(robot, LON, LAT));
        WaitForAsyncUtils.waitForFxEvents(3);
        assertThat(picked).isEmpty();
        assertThat(map.selectedAreaProperty().get().getCode()).isEqualTo("G11");
    }

    @Test
    void in_english_the_address_reads_from_the_road_outwards() {
        PlacePicker english = fx(() -> new PlacePicker(view, new Messages(Locale.ENGLISH)));
        Place p = Place.at(map, LON, LAT);
        assertThat(english.address(p)).isEqualTo("near 明湖环路, 红城社区, 湖滨街道");
        assertThat(english.gridLine(p)).isEqualTo("红城社区04网格 (G11)");
        fx(() -> {
            english.dispose();
            return null;
        });
    }

    private void show(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents(3);
        robot.interact(() -> view.centreOn(LON, LAT, 15));
        WaitForAsyncUtils.waitForFxEvents(3);
    }

    /** Whether the pin's colour shows just above the place (the pin's tip stands on it). */
    private boolean pinAbove(FxRobot robot, double lon, double lat) {
        return fx(() -> {
            Point2D at = view.screenToLocal(screen(robot, lon, lat));
            WritableImage image = view.snapshot(null, null);
            PixelReader pixels = image.getPixelReader();
            for (int dy = 12; dy <= 28; dy++) {
                Color c = pixels.getColor((int) at.getX(), (int) at.getY() - dy);
                if (Math.abs(c.getRed() - PIN.getRed()) < 0.08 && Math.abs(c.getGreen() - PIN.getGreen()) < 0.08
                        && Math.abs(c.getBlue() - PIN.getBlue()) < 0.08) {
                    return true;
                }
            }
            return false;
        });
    }

    private Point2D screen(FxRobot robot, double lon, double lat) {
        return fx(() -> {
            double w = view.getWidth();
            double h = view.getHeight();
            double[] nw = view.lonLatAt(0, 0);
            double[] se = view.lonLatAt(w, h);
            double x = (lon - nw[0]) / (se[0] - nw[0]) * w;
            double y = (WebMercator.worldY(lat) - WebMercator.worldY(nw[1]))
                    / (WebMercator.worldY(se[1]) - WebMercator.worldY(nw[1])) * h;
            return view.localToScreen(x, y);
        });
    }

    private static Polygon box(double w, double s, double e, double n) {
        return Wgs84.FACTORY.createPolygon(new Coordinate[] {new Coordinate(w, s), new Coordinate(e, s),
            new Coordinate(e, n), new Coordinate(w, n), new Coordinate(w, s)});
    }

    private static <T> T fx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
