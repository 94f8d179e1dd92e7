package org.gridcommand.ui.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.Urgency;
import org.gridcommand.service.city.CityService;
import org.gridcommand.service.event.EventQueueRow;
import org.gridcommand.service.event.IntakeReport;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;
import org.gridcommand.ui.mapwall.MapWallModel;
import org.gridcommand.ui.mapwall.MapWallView;
import org.gridcommand.ui.shell.ConsoleModel;
import org.gridcommand.ui.shell.ConsoleWindow;
import org.junit.jupiter.api.AfterAll;
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
    private final DispatchCity city;
    /** One for the class: late results of one story must not meet a stopped executor in the next. */
    private static final ExecutorService background = Executors.newSingleThreadExecutor();
    private DispatchFeature feature;
    private ConsoleWindow window;
    private final Event overdue;

    /** The city is built here, off the FX thread, before the console starts on it. */
    DispatchDeskTest() throws IOException {
        city = new DispatchCity(Files.createTempDirectory("gc-dispatch-"));
        overdue = city.dispatched("010101", DispatchCity.IN_G1, "早市占道");          // due in 4 h
        // two types named Duration here: this one is spelled out
        city.clock.advance(java.time.Duration.ofHours(5));                             // …1 h overdue
        city.report("010103", DispatchCity.IN_G2, "井盖破损", Urgency.NORMAL);         // due in 24 h
        city.report("010101", DispatchCity.IN_G2, "夜市占道", Urgency.NORMAL);         // due in 4 h
    }

    @Start
    void start(Stage stage) throws Exception {
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

    @AfterAll
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
        assertThat(city.events.find(overdue.getId()).getState()).as("accepted once, by 李娜")
                .isEqualTo(EventState.ACCEPTED);
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

    @Test
    void a_key_the_state_does_not_allow_opens_no_dialog_and_says_what_is_possible(FxRobot robot) throws Exception {
        TableView<EventQueueRow> table = table(robot);
        Event reported = city.events.intake(new IntakeReport(Channel.AI_CAMERA, "CAM-1@1", null, "疑似占道",
                null, DispatchCity.IN_G2[0], DispatchCity.IN_G2[1], null, "CAM-1", null, Urgency.NORMAL)).event();
        robot.interact(() -> feature.queue().refresh());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 4);
        select(robot, table, reported.getId());
        assertThat(robot.lookup("#queue-keys").queryLabeled().getText()).as("nothing but cancel on a report in triage")
                .contains("X 作废").doesNotContain("D 派遣").doesNotContain("A 签收");

        robot.type(KeyCode.D);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#dispatch-lead").tryQuery()).as("no dispatch dialog for a report in triage").isEmpty();
        assertThat(robot.lookup("#dispatch-toast").queryLabeled().getText())
                .isEqualTo(reported.getNumber() + "（已上报）不能派遣；可用：X 作废");

        select(robot, table, overdue.getId());
        robot.type(KeyCode.A);   // 签收
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stateOf(table, overdue.getId()) == EventState.ACCEPTED);
        robot.type(KeyCode.B);   // 开始处置
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> stateOf(table, overdue.getId()) == EventState.IN_PROGRESS);
        robot.type(KeyCode.R);   // 退回 is not possible once work started: no reason is asked for
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#reason-input").tryQuery()).isEmpty();
        assertThat(robot.lookup("#dispatch-toast").queryLabeled().getText()).contains("（处置中）不能退回");
        assertThat(city.events.find(overdue.getId()).getState()).isEqualTo(EventState.IN_PROGRESS);
    }

    @Test
    void after_an_action_the_row_stays_selected_or_the_next_one_is_and_the_detail_keeps_the_event(FxRobot robot)
            throws Exception {
        TableView<EventQueueRow> table = table(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        select(robot, table, overdue.getId());
        robot.type(KeyCode.A);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> stateOf(table, overdue.getId()) == EventState.ACCEPTED);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getSelectionModel().getSelectedItem().id()).isEqualTo(overdue.getId());
        assertThat(robot.lookup("#detail-number").queryLabeled().getText()).isEqualTo(overdue.getNumber());

        // only registered events listed: cancelling one takes it out of the list, the next row is selected
        robot.interact(() -> feature.queue().filterProperty()
                .set(QueueFilter.ALL_OPEN.withState(EventState.REGISTERED)));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        long first = table.getItems().get(0).id();
        long second = table.getItems().get(1).id();
        select(robot, table, first);
        robot.type(KeyCode.X);
        robot.clickOn("#reason-input").write("重复上报");
        robot.clickOn("#reason-ok");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(table.getSelectionModel().getSelectedItem().id()).as("the next row").isEqualTo(second);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#detail-number").queryLabeled().getText()
                .equals(city.events.find(first).getNumber()));
        assertThat(robot.lookup(".chip").queryAllAs(Label.class)).extracting(Label::getText).contains("已作废");
    }

    @Test
    void a_closed_event_found_by_its_number_is_listed_under_closed_and_shows_its_history(FxRobot robot)
            throws Exception {
        TableView<EventQueueRow> table = table(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        Event e = city.events.find(overdue.getId());
        e = city.events.accept(e.getId(), e.getVersion(), "城管局", null);
        e = city.events.start(e.getId(), e.getVersion(), "城管局", null);
        e = city.events.feedback(e.getId(), e.getVersion(), "城管局", "摊位已清理");
        e = city.events.verify(e.getId(), e.getVersion(), "网格员王芳", "现场已恢复");
        Event closed = city.events.close(e.getId(), e.getVersion(), "李娜", null);

        robot.interact(() -> feature.openEvent(closed.getId()));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getSelectionModel().getSelectedItem() != null
                && table.getSelectionModel().getSelectedItem().id() == closed.getId()
                && table.getSelectionModel().getSelectedItem().state() == EventState.CLOSED);
        assertThat(feature.queue().filterProperty().get().state()).isEqualTo(EventState.CLOSED);
        assertThat(table.getItems()).extracting(EventQueueRow::id).containsExactly(closed.getId());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#detail-number").queryLabeled().getText()
                .equals(closed.getNumber()) && robot.lookup("#detail-timeline").tryQuery().isPresent()
                && robot.lookup("#act-REOPEN").tryQuery().isPresent());
        assertThat(robot.lookup("#detail-timeline").queryAs(VBox.class).getChildren())
                .extracting(n -> ((Label) n).getText())
                .anySatisfy(t -> assertThat(t).contains("处理反馈").contains("摊位已清理"))
                .anySatisfy(t -> assertThat(t).contains("结案").contains("已核查 → 已结案"));
        assertThat(robot.lookup("#act-REOPEN").tryQuery()).as("a closed event can be reopened").isPresent();
        assertThat(robot.lookup("#act-DISPATCH").tryQuery()).isEmpty();
    }

    @Test
    void while_the_chosen_event_is_read_the_detail_of_the_one_before_cannot_be_acted_on(FxRobot robot)
            throws Exception {
        TableView<EventQueueRow> table = table(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        select(robot, table, table.getItems().get(0).id());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shows(robot, table.getItems().get(0).number()));
        Node detail = robot.lookup(".event-detail").query();
        assertThat(detail.isDisabled()).isFalse();

        // the database is slow for a moment: the next event's detail is still being read
        CountDownLatch slow = new CountDownLatch(1);
        background.submit(() -> {
            slow.await(10, TimeUnit.SECONDS);
            return null;
        });
        EventQueueRow next = table.getItems().get(1);
        select(robot, table, next.id());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#detail-number").queryLabeled().getText()).isEqualTo(table.getItems().get(0).number());
        assertThat(detail.isDisabled()).as("the event shown before is greyed, its buttons do nothing").isTrue();

        slow.countDown();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shows(robot, next.number()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup(".event-detail").query().isDisabled()).isFalse();
    }

    @Test
    void the_urgent_badge_opens_the_new_urgent_events(FxRobot robot) throws Exception {
        TableView<EventQueueRow> table = table(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        robot.interact(() -> feature.queue().poll());
        Event fire = city.report("010103", DispatchCity.IN_G1, "燃气井盖冒烟", Urgency.CRITICAL);
        robot.interact(() -> feature.queue().refresh());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#status-urgent").queryLabeled()
                .isVisible());
        assertThat(robot.lookup("#status-urgent").queryLabeled().getText()).isEqualTo("新紧急事件 1");
        // styled as an alarm where it stands, in the status bar and on the events tab: red with white text, or
        // pink with red text in its flash phase (unstyled it is plain text on the bar)
        List<Label> badges = List.copyOf(robot.lookup(".alarm-badge").queryAllAs(Label.class));
        assertThat(badges).as("in the status bar and on the events tab").hasSize(2);
        for (Label b : badges) {
            robot.interact(() -> {
                b.applyCss();
                boolean flash = b.getPseudoClassStates().contains(PseudoClass.getPseudoClass("flash"));
                assertThat(b.getBackground()).as("badge background").isNotNull();
                assertThat(b.getBackground().getFills().get(0).getFill())
                        .isEqualTo(Color.web(flash ? "#ffd1d1" : "#ff4d4f"));
                assertThat(b.getTextFill()).isEqualTo(flash ? Color.web("#ff4d4f") : Color.WHITE);
            });
        }

        robot.clickOn("#status-urgent");

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 1
                && table.getSelectionModel().getSelectedItem() != null);
        assertThat(table.getSelectionModel().getSelectedItem().id()).isEqualTo(fire.getId());
        assertThat(robot.lookup("#status-urgent").queryLabeled().isVisible()).as("acknowledged").isFalse();
        assertThat(robot.lookup("#filter-urgent").queryAs(CheckBox.class).isSelected()).isTrue();
    }

    private static boolean shows(FxRobot robot, String number) {
        return robot.lookup("#detail-number").tryQuery().map(n -> ((Label) n).getText().equals(number)).orElse(false);
    }

    private static void select(FxRobot robot, TableView<EventQueueRow> table, long id) {
        robot.interact(() -> {
            table.requestFocus();
            table.getItems().stream().filter(r -> r.id() == id).findFirst()
                    .ifPresent(r -> table.getSelectionModel().select(r));
        });
    }

    private static EventState stateOf(TableView<EventQueueRow> table, long id) {
        return table.getItems().stream().filter(r -> r.id() == id).map(EventQueueRow::state).findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static TableView<EventQueueRow> table(FxRobot robot) {
        return robot.lookup("#event-queue").queryAs(TableView.class);
    }
}
