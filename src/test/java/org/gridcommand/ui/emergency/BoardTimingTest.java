package org.gridcommand.ui.emergency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.domain.plan.EmergencyType;
import org.gridcommand.domain.plan.Plan;
import org.gridcommand.service.Backend;
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

/**
 * board_ms: from F9 to the activation board laid out in the pulse that draws it, for a level-I flood plan and a grid
 * of the demo city, headless. A measurement, not a gate: runs only with
 * {@code -Dgridcommand.board.db=PATH} naming a database that holds the demo city.
 */
@ExtendWith(ApplicationExtension.class)
class BoardTimingTest {
    private static final String DB = System.getProperty("gridcommand.board.db");
    private Backend backend;
    private ExecutorService background;
    private EmergencyFeature feature;
    private MapWallModel map;
    private List<Area> areas;

    @Start
    void start(Stage stage) {
        if (DB == null) {
            return;
        }
        backend = Backend.open(DB, null, null, Clock.systemDefaultZone());
        backend.session().signIn("commander", "commander2026".toCharArray());
        areas = backend.city().areas();
        background = Executors.newFixedThreadPool(2);
        map = new MapWallModel();
        MapWallView mapView = new MapWallView(map);
        TabPane panels = new TabPane();
        panels.setPrefWidth(760);
        feature = new EmergencyFeature(backend,
                BackgroundTasks.withFxThread(background), new Messages(Locale.SIMPLIFIED_CHINESE), backend.clock(),
                "bench", map, mapView, panels);
        map.setAreas(areas);
        BorderPane root = new BorderPane(mapView);
        root.setRight(panels);
        Scene scene = new Scene(root, 1920, 1080);
        scene.getStylesheets().add(MapWallView.class.getResource("/org/gridcommand/ui/console.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void close(FxRobot robot) throws InterruptedException {
        if (feature != null) {
            robot.interact(feature::dispose);
            background.shutdown();
            background.awaitTermination(5, TimeUnit.SECONDS);
            backend.close();
        }
    }

    @Test
    void board_ms_for_a_level_one_flood_plan_on_a_demo_grid(FxRobot robot) throws Exception {
        assumeTrue(DB != null, "set -Dgridcommand.board.db to a demo city database");
        ListView<Plan> plans = robot.lookup("#plan-list").queryListView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !plans.getItems().isEmpty());
        Plan flood = plans.getItems().stream().filter(p -> p.getType() == EmergencyType.FLOOD).findFirst()
                .orElseThrow();
        Area grid = areas.stream().filter(a -> a.getLevel() == AreaLevel.GRID).skip(600).findFirst().orElseThrow();
        robot.interact(() -> {
            plans.getSelectionModel().select(flood);
            map.selectedAreaProperty().set(grid);
        });
        robot.clickOn("#level-I");
        ActivationBoardModel board = feature.board();
        List<Long> millis = new ArrayList<>();
        int lines = 0;
        for (int i = 0; i < 12; i++) {
            board.boardMillisProperty().set(-1);
            robot.press(KeyCode.F9).release(KeyCode.F9);
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> board.boardMillisProperty().get() >= 0);
            millis.add(board.boardMillisProperty().get());
            lines = board.lines().size();
            robot.interact(board::clear);
        }
        List<Long> warm = millis.subList(2, millis.size()).stream().sorted().toList();
        long median = warm.get(warm.size() / 2);
        System.out.println("BOARD first_ms=" + millis.get(0) + " median_ms=" + median + " max_ms="
                + warm.get(warm.size() - 1) + " lines=" + lines + " all=" + millis);
        assertThat(median).isPositive();
    }
}
