package org.gridcommand.ui.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.gridcommand.domain.area.Area;
import org.gridcommand.geo.Wgs84;
import org.gridcommand.service.search.SearchCity;
import org.gridcommand.service.search.SearchService;
import org.gridcommand.store.Database;
import org.gridcommand.store.TestDatabases;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;
import org.gridcommand.ui.mapwall.MapWallModel;
import org.gridcommand.ui.mapwall.MapWallView;
import org.gridcommand.ui.mapwall.tools.MapTools;
import org.gridcommand.ui.mapwall.tools.ScopeChip;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The officer types a grid code (or a camera id) into the search box and the map flies there. */
@ExtendWith(ApplicationExtension.class)
class SearchBoxTest {
    private static Database db;
    private static List<Area> areas;
    private static ExecutorService background;
    private MapWallModel map;
    private MapWallView view;
    private SearchBox box;
    private ScopeChip scope;
    private final List<Long> opened = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void city() throws Exception {
        db = Database.open(TestDatabases.h2(Files.createTempDirectory("gc-search-")));
        areas = SearchCity.persist(db);
        background = Executors.newSingleThreadExecutor();
    }

    @AfterAll
    static void close() throws Exception {
        background.shutdown();
        background.awaitTermination(5, TimeUnit.SECONDS);
        db.close();
    }

    @Start
    void start(Stage stage) {
        map = new MapWallModel();
        map.setAreas(areas);
        view = new MapWallView(map);
        MapTools tools = new MapTools(map);
        BackgroundTasks tasks = BackgroundTasks.withFxThread(background);
        SearchModel model = new SearchModel(new SearchService(db)::search, tasks, new MapFlight(map, view, tools,
                opened::add));
        box = new SearchBox(model, new Messages(Locale.SIMPLIFIED_CHINESE));
        scope = new ScopeChip(view, new Messages(Locale.SIMPLIFIED_CHINESE));
        BorderPane root = new BorderPane(view);
        root.setTop(box);
        stage.setScene(new Scene(root, 1000, 700));
        stage.show();
    }

    @AfterEach
    void dispose(FxRobot robot) {
        robot.interact(() -> {
            box.dispose();
            scope.dispose();
            view.dispose();
        });
    }

    @Test
    void a_grid_code_then_enter_selects_the_grid_and_the_map_focuses_it(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents(3);
        robot.press(KeyCode.CONTROL).press(KeyCode.F).release(KeyCode.F).release(KeyCode.CONTROL);
        robot.write("S1C2G3");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#search-hits").tryQuery().isPresent()
                && !robot.lookup("#search-hits").queryListView().getItems().isEmpty());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents(5);
        Area grid = map.selectedAreaProperty().get();
        assertThat(grid).isNotNull();
        assertThat(grid.getCode()).isEqualTo("S1C2G3");
        double[] centre = WaitForAsyncUtils.asyncFx(view::centre).get();
        assertThat(grid.getBoundary().contains(Wgs84.point(centre[0], centre[1])))
                .as("the map is centred on the grid").isTrue();
        assertThat(map.zoomProperty().get()).as("zoomed in to the grid").isGreaterThan(14);
    }

    @Test
    void a_grid_search_limits_the_event_lists_to_that_grid_visibly_until_the_officer_lifts_it(FxRobot robot)
            throws Exception {
        WaitForAsyncUtils.waitForFxEvents(3);
        assertThat(robot.lookup("#scope-chip").query().isVisible()).as("the whole city at first").isFalse();
        robot.clickOn("#search-field").write("S1C2G3");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#search-hits").tryQuery().isPresent()
                && !robot.lookup("#search-hits").queryListView().getItems().isEmpty());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents(5);

        Area grid = map.scopeProperty().get();
        assertThat(grid.getCode()).isEqualTo("S1C2G3");
        assertThat(robot.lookup("#scope-chip").query().isVisible()).isTrue();
        assertThat(robot.lookup("#scope-text").queryAs(Label.class).getText()).isEqualTo("事件范围：" + grid.getName());

        robot.clickOn("#scope-clear");
        WaitForAsyncUtils.waitForFxEvents(3);
        assertThat(map.scopeProperty().get()).isNull();
        assertThat(robot.lookup("#scope-chip").query().isVisible()).isFalse();
    }

    @Test
    void an_event_number_opens_that_event_and_leaves_the_scope_alone(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents(3);
        robot.clickOn("#search-field").write("MH2026112400007");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#search-hits").tryQuery().isPresent()
                && !robot.lookup("#search-hits").queryListView().getItems().isEmpty());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents(5);
        assertThat(opened).hasSize(1);
        assertThat(map.scopeProperty().get()).as("the event's grid may not list it (a closed event)").isNull();
        assertThat(map.selectedAreaProperty().get()).as("but the map shows where it is").isNotNull();
    }

    @Test
    void a_camera_id_centres_the_map_on_the_camera_and_selects_its_grid(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents(3);
        robot.clickOn("#search-field").write("CAM-00043");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#search-hits").tryQuery().isPresent()
                && !robot.lookup("#search-hits").queryListView().getItems().isEmpty());
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitForFxEvents(5);
        double[] centre = WaitForAsyncUtils.asyncFx(view::centre).get();
        assertThat(Wgs84.distanceMeters(centre[0], centre[1], 120.135, 30.215)).isLessThan(5);
        assertThat(map.selectedAreaProperty().get().getCode()).isEqualTo("S1C2G4");
        assertThat(map.scopeProperty().get()).as("finding a camera does not limit the event lists").isNull();

        robot.clickOn("#search-field").type(KeyCode.ESCAPE);
        assertThat(box.field().getText()).isEmpty();
    }
}
