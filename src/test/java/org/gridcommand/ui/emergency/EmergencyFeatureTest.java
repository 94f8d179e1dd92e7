package org.gridcommand.ui.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.emergency.LineKind;
import org.gridcommand.domain.emergency.LineStatus;
import org.gridcommand.domain.plan.Plan;
import org.gridcommand.service.Backend;
import org.gridcommand.service.SignedIn;
import org.gridcommand.service.city.CityService;
import org.gridcommand.service.emergency.FloodScenario;
import org.gridcommand.store.Database;
import org.gridcommand.store.TestDatabases;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;
import org.gridcommand.ui.mapwall.MapWallModel;
import org.gridcommand.ui.mapwall.MapWallView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The commander's keys on the emergency tab, headless, over a real H2 river town. */
@ExtendWith(ApplicationExtension.class)
class EmergencyFeatureTest {
    private static Database db;
    private static FloodScenario town;
    private static List<Area> areas;
    private static ExecutorService background;
    private MapWallModel map;
    private EmergencyFeature feature;

    @BeforeAll
    static void openTown() throws Exception {
        Path dir = Files.createTempDirectory("gc-emergency-");
        db = Database.open(TestDatabases.h2(dir));
        town = FloodScenario.create(db);
        areas = new CityService(db, new FloodScenario.TestClock()).areas();
        background = Executors.newSingleThreadExecutor();
    }

    @AfterAll
    static void closeTown() throws InterruptedException {
        background.shutdown();
        background.awaitTermination(5, TimeUnit.SECONDS);
        db.close();
    }

    @Start
    void start(Stage stage) {
        FloodScenario.TestClock clock = new FloodScenario.TestClock();
        Backend backend = SignedIn.commander(db, clock);
        map = new MapWallModel();
        MapWallView mapView = new MapWallView(map);
        TabPane panels = new TabPane();
        panels.setPrefWidth(700);
        feature = new EmergencyFeature(backend, BackgroundTasks.withFxThread(background),
                new Messages(Locale.SIMPLIFIED_CHINESE), clock, "指挥长王", map, mapView, panels);
        map.setAreas(areas);
        BorderPane root = new BorderPane(mapView);
        root.setRight(panels);
        Scene scene = new Scene(root, 1400, 1000);
        scene.getStylesheets().add(MapWallView.class.getResource("/org/gridcommand/ui/console.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void dispose(FxRobot robot) {
        robot.interact(feature::dispose);
    }

    @Test
    void f9_with_a_selected_grid_shows_the_board_commit_tracks_and_stand_down_summarises(FxRobot robot)
            throws Exception {
        ListView<Plan> plans = robot.lookup("#plan-list").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !plans.getItems().isEmpty());
        Area grid = areas.stream().filter(a -> a.getId() == town.riversideGrid).findFirst().orElseThrow();
        robot.interact(() -> {
            plans.getSelectionModel().select(0);
            map.selectedAreaProperty().set(grid);
        });
        robot.clickOn("#level-III");
        robot.press(KeyCode.F9).release(KeyCode.F9);

        TableView<BoardLine> table = robot.lookup("#board-lines").queryTableView();
        ActivationBoardModel board = feature.board();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> board.stageProperty().get() == ActivationBoardModel.Stage.PROPOSED);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(shown(table)).isTrue();
        assertThat(table.getItems()).extracting(BoardLine::kind).contains(LineKind.ITEM, LineKind.TEAM,
                LineKind.EXPERT, LineKind.TASK);
        assertThat(table.getItems()).filteredOn(l -> l.kind() == LineKind.ITEM).first()
                .satisfies(l -> assertThat(l.who()).contains("滨河应急仓库"));
        assertThat(board.boardMillisProperty().get()).isGreaterThanOrEqualTo(0);
        assertThat(shown(robot.lookup("#board-commit").query())).isTrue();

        robot.interact(() -> robot.lookup("#board-commit").queryButton().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> board.stageProperty().get() == ActivationBoardModel.Stage.ACTIVE);
        WaitForAsyncUtils.waitForFxEvents();
        Button advance = robot.lookup("#board-advance").queryButton();
        assertThat(shown(advance)).isTrue();
        assertThat(shown(robot.lookup("#board-commit").query())).isFalse();
        assertThat(table.getItems()).allSatisfy(l -> assertThat(l.statusProperty().get()).isEqualTo(LineStatus.SENT));

        robot.interact(() -> table.getSelectionModel().select(0));
        robot.interact(advance::fire);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> table.getItems().get(0).statusProperty().get() == LineStatus.EN_ROUTE);

        robot.interact(() -> robot.lookup("#board-stand-down").queryButton().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shown(robot.lookup("#stand-down-confirm").query()));
        robot.interact(() -> robot.lookup("#stand-down-confirm").queryButton().fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> board.stageProperty().get() == ActivationBoardModel.Stage.STOOD_DOWN);
        WaitForAsyncUtils.waitForFxEvents();
        Label summary = robot.lookup("#board-summary").queryAs(Label.class);
        assertThat(shown(summary)).isTrue();
        assertThat(summary.getText()).isNotBlank();
        Node advanceAfter = robot.lookup("#board-advance").query();
        assertThat(shown(advanceAfter)).isFalse();
        System.out.println("board_ms (headless, small town) = " + board.boardMillisProperty().get());
    }

    /** On screen: the node and every parent visible (a hidden button bar hides its buttons). */
    private static boolean shown(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (!n.isVisible()) {
                return false;
            }
        }
        return true;
    }
}
