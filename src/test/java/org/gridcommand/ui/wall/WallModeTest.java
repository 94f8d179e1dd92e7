package org.gridcommand.ui.wall;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.gridcommand.service.wall.WallFigures;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** F11 puts the map on the wall with the figures and no chrome; Esc brings it back where it was. */
@ExtendWith(ApplicationExtension.class)
class WallModeTest {
    private Pane map;
    private Label toolbar;
    private BorderPane console;
    private final AtomicInteger framed = new AtomicInteger();
    private WallMode wall;

    @Start
    void start(Stage stage) {
        map = new Pane();
        toolbar = new Label("tools");
        console = new BorderPane();
        map.setId("the-map");
        map.getChildren().add(toolbar);
        console.setCenter(map);
        WallModel model = new WallModel(() -> new WallFigures(1077, 776, 60, 78, 2),
                new BackgroundTasks(Runnable::run, Runnable::run));
        wall = new WallMode(map, console::setCenter, model, new Messages(Locale.SIMPLIFIED_CHINESE),
                List.of(toolbar), framed::incrementAndGet);
        Scene scene = new Scene(console, 800, 600);
        stage.setScene(scene);
        wall.install(scene);
        stage.show();
    }

    @Test
    void f11_shows_the_map_and_figures_on_the_wall_and_escape_brings_it_back(FxRobot robot) throws Exception {
        robot.clickOn(console).type(KeyCode.F11);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> framed.get() == 1);
        assertThat(wall.isOn()).isTrue();
        assertThat(console.getCenter().getId()).isEqualTo("wall-placeholder");
        Node onWall = map.getScene().getRoot();
        assertThat(onWall.getId()).isEqualTo("wall");
        assertThat(toolbar.isVisible()).as("no chrome on the wall").isFalse();
        assertThat(robot.lookup("#kpi-overdue").queryAs(Label.class).getText()).isEqualTo("776");
        assertThat(robot.lookup("#kpi-sensors-alarm").queryAs(Label.class).getText()).isEqualTo("2");

        robot.type(KeyCode.ESCAPE);
        WaitForAsyncUtils.waitForFxEvents(3);
        assertThat(wall.isOn()).isFalse();
        assertThat(console.getCenter()).isSameAs(map);
        assertThat(toolbar.isVisible()).isTrue();
        robot.interact(wall::dispose);
    }
}
