package org.gridcommand.ui.mapwall.layers;

import java.time.Clock;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.geometry.Point2D;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.BorderPane;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import org.gridcommand.geo.tiles.WebMercator;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;
import org.gridcommand.ui.mapwall.MapWallModel;
import org.gridcommand.ui.mapwall.MapWallView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The point layers on a map wall with their switches and details tab, as the view tests drive them, and the ways
 * those tests look at the map: where a place is on screen, and what is drawn near it.
 */
final class PointLayersStage {
    final MapWallView view;
    final PointLayers layers;
    final TabPane panels = new TabPane();

    /** Shows the map wall on {@code stage} with the points of {@code source}, at {@link TestPoints#NOW}. */
    PointLayersStage(Stage stage, PointLayers.PointSource source, Messages messages) {
        MapWallModel map = new MapWallModel();
        view = new MapWallView(map);
        layers = new PointLayers(map, view, Clock.fixed(TestPoints.NOW, ZoneId.of("Asia/Shanghai")),
                new BackgroundTasks(Runnable::run, Runnable::run), messages, source);
        layers.showDetailsIn(panels);
        BorderPane root = new BorderPane(view, null, panels, null, layers.controls());
        panels.setPrefWidth(300);
        stage.setScene(new Scene(root, 1300, 700));
        stage.show();
        layers.start();
    }

    void dispose(FxRobot robot) {
        robot.interact(() -> {
            layers.dispose();
            view.dispose();
        });
    }

    void show(FxRobot robot, double lat, double lon, double zoom) {
        settle(robot);
        robot.interact(() -> view.centreOn(lon, lat, zoom));
        settle(robot);
    }

    static void settle(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents(4);
    }

    /** Where a place is on screen (for the robot's clicks). */
    Point2D screen(FxRobot robot, double lon, double lat) {
        return fx(robot, () -> {
            MapFrame f = layers.layer().frame();
            return view.localToScreen(f.screenX(WebMercator.worldX(lon)), f.screenY(WebMercator.worldY(lat)));
        });
    }

    /** True if a pixel of {@code colour} is within 3 px of the place on the map's canvas. */
    boolean near(FxRobot robot, double lon, double lat, Color colour) {
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
    boolean opaqueNear(FxRobot robot, double lon, double lat) {
        return fx(robot, () -> {
            MapFrame f = layers.layer().frame();
            SnapshotParameters transparent = new SnapshotParameters();
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

    static <T> T fx(FxRobot robot, Callable<T> call) {
        try {
            return WaitForAsyncUtils.asyncFx(call).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
