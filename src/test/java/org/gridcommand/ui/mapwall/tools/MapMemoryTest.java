package org.gridcommand.ui.mapwall.tools;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.scene.Scene;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.service.settings.ConsoleSettings;
import org.gridcommand.service.settings.MapState;
import org.gridcommand.ui.mapwall.MapWallModel;
import org.gridcommand.ui.mapwall.MapWallView;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The map an officer leaves (place, zoom, layers) is the map the next start shows, through the settings file. */
@ExtendWith(ApplicationExtension.class)
class MapMemoryTest {
    @TempDir
    Path dataFolder;
    private final StackPane root = new StackPane();

    @Start
    void start(Stage stage) {
        stage.setScene(new Scene(root, 900, 600));
        stage.show();
    }

    @Test
    void centre_zoom_and_layers_round_trip_through_the_settings_file(FxRobot robot) {
        ConsoleSettings settings = ConsoleSettings.forUser(dataFolder, "duty");
        // first session: the officer zooms to a corner of the city and switches grids and cameras off
        MapWallModel first = new MapWallModel();
        MapWallView firstView = show(robot, first);
        SimpleBooleanProperty cameras = new SimpleBooleanProperty(true);
        MapMemory firstMemory = new MapMemory(first, firstView);
        firstMemory.track("cameras", cameras);
        robot.interact(() -> {
            firstView.centreOn(120.115, 30.215, 16.0);
            first.levelVisibleProperty(AreaLevel.GRID).set(false);
            cameras.set(false);
        });
        WaitForAsyncUtils.waitForFxEvents(3);
        MapState left = fx(() -> firstMemory.capture(null));
        settings.saveMap(left);
        robot.interact(firstView::dispose);

        // next start: a fresh model and view, restored from the file
        MapWallModel second = new MapWallModel();
        MapWallView secondView = show(robot, second);
        SimpleBooleanProperty camerasAgain = new SimpleBooleanProperty(true);
        MapMemory secondMemory = new MapMemory(second, secondView);
        secondMemory.track("cameras", camerasAgain);
        MapState read = ConsoleSettings.forUser(dataFolder, "duty").loadMap().orElseThrow();
        robot.interact(() -> secondMemory.restore(read));
        WaitForAsyncUtils.waitForFxEvents(3);
        MapState now = fx(() -> secondMemory.capture(null));
        assertThat(now.centreLon()).isCloseTo(120.115, within(1e-5));
        assertThat(now.centreLat()).isCloseTo(30.215, within(1e-5));
        assertThat(now.zoom()).isCloseTo(16.0, within(1e-6));
        assertThat(second.levelVisibleProperty(AreaLevel.GRID).get()).isFalse();
        assertThat(second.levelVisibleProperty(AreaLevel.COMMUNITY).get()).isTrue();
        assertThat(camerasAgain.get()).isFalse();
        robot.interact(secondView::dispose);
    }

    private MapWallView show(FxRobot robot, MapWallModel model) {
        model.setAreas(MapToolsTest.ToolCity.grids());
        MapWallView[] view = new MapWallView[1];
        robot.interact(() -> {
            view[0] = new MapWallView(model);
            root.getChildren().setAll(view[0]);
        });
        WaitForAsyncUtils.waitForFxEvents(3);
        return view[0];
    }

    private static <T> T fx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
