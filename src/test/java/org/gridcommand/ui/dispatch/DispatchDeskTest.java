package org.gridcommand.ui.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.Urgency;
import org.gridcommand.service.city.CityService;
import org.gridcommand.service.event.EventQueueRow;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;
import org.gridcommand.ui.mapwall.MapWallModel;
import org.gridcommand.ui.mapwall.MapWallView;
import org.gridcommand.ui.shell.ConsoleModel;
import org.gridcommand.ui.shell.ConsoleWindow;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The dispatch desk in the real console frame, on a real embedded database, driven by the keyboard. */
@ExtendWith(ApplicationExtension.class)
class DispatchDeskTest {
    private DispatchCity city;
    /** One for the class: late results of one story must not meet a stopped executor in the next. */
    private static final ExecutorService background = Executors.newSingleThreadExecutor();
    private DispatchFeature feature;
    private ConsoleWindow window;
    private Event overdue;

    @Start
    void start(Stage stage) throws Exception {
        city = new DispatchCity(Files.createTempDirectory("gc-dispatch-"));
        overdue = city.dispatched("010101", DispatchCity.IN_G1, "早市占道");          // due in 4 h
        city.clock.advance(java.time.Duration.ofHours(5));                             // …1 h overdue
        city.report("010103", DispatchCity.IN_G2, "井盖破损", Urgency.NORMAL);         // due in 24 h
        city.report("010101", DispatchCity.IN_G2, "夜市占道", Urgency.NORMAL);         // due in 4 h
        BackgroundTasks tasks = BackgroundTasks.withFxThread(background);
        Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
        ConsoleModel model = new ConsoleModel(new CityService(city.db, city.clock), city.clock, city.clock.getZone(),
                tasks, "值班员 张伟", "test");
        MapWallModel map = new MapWallModel();
        MapWallView mapView = new MapWallView(map);
        window = new ConsoleWindow(model, map, mapView, messages, "示范区");
        window.showAreas(city.areas);
        // a slow poll: the stale-version story must act before this console notices the other's change
        feature = new DispatchFeature(window, map, mapView, city.events, city.desk, city.clock, tasks, messages,
                "值班员 张伟", Duration.minutes(10), null, null);
        stage.setScene(new Scene(window, 1600, 1000));
        stage.getScene().getStylesheets().add(getClass().getResource("/org/gridcommand/ui/console.css")
                .toExternalForm());
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            feature.dispose();
            window.dispose();
        }).get();
        // let this story's last reads finish before its database closes
        background.submit(() -> { }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        background.submit(() -> { }).get(10, TimeUnit.SECONDS);
        city.close();
    }

    @org.junit.jupiter.api.AfterAll
    static void stopBackground() throws InterruptedException {
        background.shutdown();
        background.awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void the_queue_shows_open_events_by_deadline_with_the_overdue_one_red(FxRobot robot) throws Exception {
        TableView<EventQueueRow> table = table(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        assertThat(table.getItems()).extracting(EventQueueRow::title).containsExactly("早市占道", "夜市占道", "井盖破损");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".countdown-overdue").queryAllAs(Label.class)).isNotEmpty();
        assertThat(robot.lookup(".countdown-overdue").queryLabeled().getText()).startsWith("超 1:00");
    }

    @Test
    void an_event_chosen_on_the_map_is_selected_in_the_queue(FxRobot robot) throws Exception {
        TableView<EventQueueRow> table = table(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        long last = table.getItems().get(2).id();
        robot.interact(() -> feature.openEvent(last));
        assertThat(table.getSelectionModel().getSelectedItem().id()).isEqualTo(last);
    }

    @Test
    void key_a_accepts_the_selected_event_and_its_row_changes(FxRobot robot) throws Exception {
        TableView<EventQueueRow> table = table(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        robot.type(KeyCode.A);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> table.getItems().get(0).state() == EventState.ACCEPTED);
        assertThat(city.events.find(overdue.getId()).getState()).isEqualTo(EventState.ACCEPTED);
    }

    @Test
    void acting_on_a_stale_row_says_who_changed_it_first(FxRobot robot) throws Exception {
        TableView<EventQueueRow> table = table(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        // 李娜 on another console accepts the overdue event; this console still shows it as dispatched
        Event now = city.events.find(overdue.getId());
        city.events.accept(now.getId(), now.getVersion(), "李娜", null);
        robot.interact(() -> {
            table.requestFocus();
            table.getSelectionModel().select(0);
        });
        robot.type(KeyCode.A);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#dispatch-toast").queryLabeled()
                .isVisible());
        assertThat(robot.lookup("#dispatch-toast").queryLabeled().getText()).startsWith("已被 李娜 于 15:00 签收，请刷新");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> table.getItems().get(0).state() == EventState.ACCEPTED);
        assertThat(city.events.find(overdue.getId()).getState()).as("accepted once, by 李娜").isEqualTo(EventState.ACCEPTED);
    }

    @Test
    void the_entry_form_creates_an_event_that_appears_in_the_queue(FxRobot robot) throws Exception {
        TableView<EventQueueRow> table = table(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        robot.interact(() -> table.requestFocus());
        robot.type(KeyCode.N);
        robot.clickOn("#entry-title").write("桥下积水");
        robot.clickOn("#entry-category-search").write("道路破损");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#entry-categories").queryListView().getItems().size() == 1);
        robot.interact(() -> robot.lookup("#entry-categories").queryListView().getSelectionModel().select(0));
        robot.clickOn("#entry-grid").write("G2");
        robot.clickOn("#entry-submit");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().stream()
                .anyMatch(r -> r.title().equals("桥下积水") && r.areaNames().contains("和平一网格")));
    }

    @SuppressWarnings("unchecked")
    private static TableView<EventQueueRow> table(FxRobot robot) {
        return robot.lookup("#event-queue").queryAs(TableView.class);
    }
}
