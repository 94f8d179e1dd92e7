package org.gridcommand.ui.mapwall.layers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.domain.resource.TeamStatus;
import org.gridcommand.geo.Wgs84;
import org.gridcommand.geo.tiles.WebMercator;
import org.gridcommand.service.map.GridWorker;
import org.gridcommand.service.map.MapPoints;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;
import org.gridcommand.ui.mapwall.MapWallModel;
import org.gridcommand.ui.mapwall.MapWallView;
import org.gridcommand.ui.mapwall.tools.MapTool;
import org.gridcommand.ui.mapwall.tools.MapToolbar;
import org.gridcommand.ui.mapwall.tools.MapTools;
import org.gridcommand.ui.mapwall.tools.ToolResultsPanel;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locationtech.jts.geom.Coordinate;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The officer drags a box over a neighbourhood: the box is drawn while the mouse moves, and the panel then lists the
 * events, grid workers, teams and warehouses inside, with the box's area as one figure in a unit that suits it.
 */
@ExtendWith(ApplicationExtension.class)
class BoxSelectTest {
    /** The box's outline colour on the tools' overlay. */
    private static final Color BOX_LINE = Color.web("#ffd166");
    private MapWallModel map;
    private MapWallView view;
    private PointLayers layers;
    private MapTools tools;
    private MapToolbar toolbar;
    private ToolResultsPanel results;
    private Area eventGrid;

    @Start
    void start(Stage stage) {
        start(stage, Locale.SIMPLIFIED_CHINESE);
    }

    void start(Stage stage, Locale locale) {
        Messages messages = new Messages(locale);
        map = new MapWallModel();
        List<Area> grids = grids();
        map.setAreas(grids);
        eventGrid = grids.stream().filter(a -> a.getBoundary().covers(Wgs84.point(TestPoints.EVENT_LON,
                TestPoints.LAT))).findFirst().orElseThrow();
        view = new MapWallView(map);
        BackgroundTasks now = new BackgroundTasks(Runnable::run, Runnable::run);
        layers = new PointLayers(map, view, Clock.fixed(TestPoints.NOW, ZoneId.of("Asia/Shanghai")), now, messages,
                withHistory -> withResources(TestPoints.points()));
        tools = new MapTools(map);
        toolbar = new MapToolbar(tools, view, messages);
        results = new ToolResultsPanel(tools, map, messages);
        layers.selectWith(tools, () -> List.of(new GridWorker(7, "W-0007", "王晓梅", "13800000007",
                eventGrid.getId())));
        results.setPrefWidth(320);
        stage.setScene(new Scene(new BorderPane(view, null, results, null, null), 1100, 700));
        stage.show();
        layers.start();
    }

    @AfterEach
    void dispose(FxRobot robot) {
        robot.interact(() -> {
            layers.dispose();
            toolbar.dispose();
            results.dispose();
            view.dispose();
        });
    }

    @Test
    void dragging_draws_the_box_and_the_panel_lists_events_people_and_resources_inside(FxRobot robot) {
        show(robot);
        robot.clickOn("#tool-box");
        Point2D from = screen(robot, TestPoints.EVENT_LON - 0.004, TestPoints.LAT + 0.003);
        Point2D to = screen(robot, TestPoints.EVENT_LON + 0.004, TestPoints.LAT - 0.003);
        Point2D midway = from.midpoint(to);
        double centreBefore = fx(robot, () -> view.centre()[0]);

        robot.moveTo(from).press(MouseButton.PRIMARY).moveTo(midway);
        WaitForAsyncUtils.waitForFxEvents(3);
        // while the mouse is still down, the box is on the map up to where the mouse is
        assertThat(boxLineBetween(robot, from, midway)).as("the box is drawn while dragging").isTrue();
        robot.moveTo(to).release(MouseButton.PRIMARY);
        WaitForAsyncUtils.waitForFxEvents(3);

        assertThat(fx(robot, () -> view.centre()[0])).as("a box drag does not pan the map").isEqualTo(centreBefore);
        assertThat(boxLineBetween(robot, from, to)).isTrue();
        Map<String, List<String>> listed = fx(robot, this::listed);
        assertThat(listed).containsEntry("事件（1）", List.of("E-2026-0001  井盖缺失 · 已上报"));
        assertThat(listed).containsEntry("网格员（1）", List.of("王晓梅 · " + eventGrid.getName() + " · 13800000007"));
        assertThat(listed).containsEntry("救援队伍（1）", List.of("蓝天救援队 · 12 人 · 待命 · 队长 李强"));
        assertThat(listed).containsEntry("物资仓库（1）", List.of("西区物资仓库 · 赵库管"));
        assertThat(listed).containsKey("网格（1）");
        // about 770 m × 670 m: hectares, one figure
        assertThat(robot.lookup("#tool-shape-area").queryAs(Label.class).getText()).matches("范围面积：\\d+\\.\\d 公顷");

        // choosing the event in the list selects it on the map
        robot.interact(() -> {
            TreeView<?> tree = robot.lookup("#tool-selected-list").queryAs(TreeView.class);
            TreeItem<?> event = tree.getRoot().getChildren().get(0).getChildren().get(0);
            selectIn(tree, event);
        });
        assertThat(layers.model().selectedProperty().get()).isInstanceOf(MapPoints.EventPin.class);
        assertThat(tools.toolProperty().get()).isEqualTo(MapTool.BOX);
    }

    /** Headings of the panel's list with the lines under each, as the officer reads them. */
    private Map<String, List<String>> listed() {
        TreeView<?> tree = (TreeView<?>) results.lookup("#tool-selected-list");
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (TreeItem<?> heading : tree.getRoot().getChildren()) {
            out.put(heading.getValue().toString(),
                    heading.getChildren().stream().map(c -> c.getValue().toString()).toList());
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static <T> void selectIn(TreeView<T> tree, TreeItem<?> item) {
        tree.getSelectionModel().select((TreeItem<T>) item);
    }

    private void show(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents(3);
        robot.interact(() -> view.centreOn(TestPoints.EVENT_LON, TestPoints.LAT, 15));
        WaitForAsyncUtils.waitForFxEvents(3);
    }

    /** True if the box's outline colour shows along the top edge of the box from {@code a} to {@code b}. */
    private boolean boxLineBetween(FxRobot robot, Point2D a, Point2D b) {
        return fx(robot, () -> {
            Point2D la = view.screenToLocal(a);
            Point2D lb = view.screenToLocal(b);
            WritableImage image = view.snapshot(null, null);
            PixelReader pixels = image.getPixelReader();
            int y = (int) Math.round(Math.min(la.getY(), lb.getY()));
            int hits = 0;
            for (int x = (int) Math.min(la.getX(), lb.getX()) + 8; x < (int) Math.max(la.getX(), lb.getX()) - 8; x++) {
                for (int dy = -1; dy <= 1; dy++) {
                    Color c = pixels.getColor(x, y + dy);
                    if (Math.abs(c.getRed() - BOX_LINE.getRed()) < 0.1 && Math.abs(c.getGreen() - BOX_LINE.getGreen())
                            < 0.1 && Math.abs(c.getBlue() - BOX_LINE.getBlue()) < 0.1) {
                        hits++;
                        break;
                    }
                }
            }
            return hits > (Math.abs(lb.getX() - la.getX()) - 16) * 0.8;
        });
    }

    private Point2D screen(FxRobot robot, double lon, double lat) {
        return fx(robot, () -> {
            MapFrame f = layers.layer().frame();
            return view.localToScreen(f.screenX(WebMercator.worldX(lon)), f.screenY(WebMercator.worldY(lat)));
        });
    }

    private static <T> T fx(FxRobot robot, Callable<T> call) {
        return PointLayersStage.fx(robot, call);
    }

    /** The test points with a team and a warehouse beside the event, and one far away that no box here takes. */
    private static MapPoints withResources(MapPoints p) {
        List<MapPoints.TeamPoint> teams = List.of(
                new MapPoints.TeamPoint(20, "T-01", "蓝天救援队", TestPoints.EVENT_LON + 0.001, TestPoints.LAT, "水域救援",
                        12, TeamStatus.AVAILABLE, "李强", "13900000001"),
                new MapPoints.TeamPoint(21, "T-02", "远处队伍", TestPoints.GROUP_LON, TestPoints.LAT, "消防", 8,
                        TeamStatus.AVAILABLE, "周远", "13900000002"));
        List<MapPoints.WarehousePoint> warehouses = List.of(new MapPoints.WarehousePoint(30, "WH-01", "西区物资仓库",
                TestPoints.EVENT_LON - 0.001, TestPoints.LAT - 0.001, "人民路 9 号", "赵库管", "0571-1", List.of()));
        return new MapPoints(p.cameras(), p.sensors(), p.events(), warehouses, teams, p.experts(), p.stations(),
                p.history());
    }

    /** A 6×6 block of grids of a hundredth of a degree around the test points. */
    private static List<Area> grids() {
        List<Area> grids = new ArrayList<>();
        long id = 1000;
        for (int x = 0; x < 6; x++) {
            for (int y = 0; y < 6; y++) {
                double w = 119.965 + x * 0.01;
                double s = 29.965 + y * 0.01;
                grids.add(new Area(id++, AreaLevel.GRID, "G" + x + y, "测试" + x + y + "网格", null, 400,
                        Wgs84.FACTORY.createPolygon(new Coordinate[] {new Coordinate(w, s), new Coordinate(w + 0.01, s),
                            new Coordinate(w + 0.01, s + 0.01), new Coordinate(w, s + 0.01), new Coordinate(w, s)})));
            }
        }
        return grids;
    }
}
