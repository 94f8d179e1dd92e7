package org.gridcommand.ui.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.gridcommand.domain.account.AccountRole;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.plan.Plan;
import org.gridcommand.service.Backend;
import org.gridcommand.service.account.AccountService;
import org.gridcommand.service.account.PasswordHashes;
import org.gridcommand.service.account.Permissions;
import org.gridcommand.service.account.WatchRights;
import org.gridcommand.service.account.WatchSession;
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

/**
 * Only a commander is offered F9 and the activate button (issue 12): a duty officer at the same panel with a plan
 * and a grid chosen presses F9 and nothing is proposed; a commander's F9 puts the proposal on the board.
 */
@ExtendWith(ApplicationExtension.class)
class CommanderOnlyF9Test {
    private static Database db;
    private static FloodScenario town;
    private static List<Area> areas;
    private static ExecutorService background;
    private static WatchSession session;
    private static Backend backend;
    private MapWallModel map;
    private TabPane panels;
    private EmergencyFeature feature;

    @BeforeAll
    static void openTown() throws Exception {
        Path dir = Files.createTempDirectory("gc-commander-");
        db = Database.open(TestDatabases.h2(dir));
        town = FloodScenario.create(db);
        Clock clock = new FloodScenario.TestClock();
        areas = new CityService(db, clock).areas();
        AccountService accounts = new AccountService(db, clock, new PasswordHashes());
        accounts.create("zhaogang", "赵刚", Set.of(AccountRole.COMMANDER), null, "Command-Pass".toCharArray());
        accounts.create("wanglei", "王磊", Set.of(AccountRole.DUTY_OFFICER), null, "Duty-Pass-77".toCharArray());
        backend = Backend.over(db, clock);
        session = backend.session();
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
        Clock clock = backend.clock();
        map = new MapWallModel();
        MapWallView mapView = new MapWallView(map);
        panels = new TabPane(new Tab("详情", new Label()));
        panels.setPrefWidth(700);
        feature = new EmergencyFeature(backend, BackgroundTasks.withFxThread(background),
                new Messages(Locale.SIMPLIFIED_CHINESE), clock, "zhaogang", map, mapView, panels);
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
    void a_duty_officer_is_offered_neither_f9_nor_the_activate_button(FxRobot robot) throws Exception {
        signInAndChoosePlanAndGrid(robot, "wanglei", "Duty-Pass-77");

        robot.press(KeyCode.F9).release(KeyCode.F9);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#activate").query().isVisible()).isFalse();
        assertThat(panels.getSelectionModel().getSelectedIndex()).isZero();
        background.submit(() -> { }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(feature.board().stageProperty().get()).isEqualTo(ActivationBoardModel.Stage.EMPTY);
    }

    @Test
    void a_commanders_f9_puts_the_proposal_on_the_board(FxRobot robot) throws Exception {
        signInAndChoosePlanAndGrid(robot, "zhaogang", "Command-Pass");
        assertThat(robot.lookup("#activate").query().isVisible()).isTrue();

        robot.press(KeyCode.F9).release(KeyCode.F9);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> feature.board().stageProperty().get() == ActivationBoardModel.Stage.PROPOSED);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#board-commit").query().isVisible()).isTrue();
        assertThat(panels.getSelectionModel().getSelectedItem().getId()).isEqualTo("emergency-tab");
    }

    private void signInAndChoosePlanAndGrid(FxRobot robot, String login, String password) throws Exception {
        session.signIn(login, password.toCharArray());
        robot.interact(() -> feature.offerTo(new WatchRights(Permissions.of(session))));
        ListView<Plan> plans = robot.lookup("#plan-list").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !plans.getItems().isEmpty());
        Area grid = areas.stream().filter(a -> a.getId() == town.riversideGrid).findFirst().orElseThrow();
        robot.interact(() -> {
            panels.getSelectionModel().select(1);
            plans.getSelectionModel().select(0);
            map.selectedAreaProperty().set(grid);
        });
        robot.clickOn("#level-III");
        // back on the details tab: F9 works from anywhere in the console
        robot.interact(() -> panels.getSelectionModel().select(0));
    }
}
