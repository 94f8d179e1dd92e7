package org.gridcommand.ui.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.gridcommand.domain.account.AccountRole;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.Urgency;
import org.gridcommand.domain.time.WorkingCalendar;
import org.gridcommand.service.account.AccountService;
import org.gridcommand.service.account.PasswordHashes;
import org.gridcommand.service.account.Permissions;
import org.gridcommand.service.account.WatchSession;
import org.gridcommand.service.city.CityService;
import org.gridcommand.service.event.EventQueueRow;
import org.gridcommand.service.event.EventService;
import org.gridcommand.service.event.SqlAreaLocator;
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

/**
 * The event queue and detail offer each account only what its roles allow (issue 12): a viewer sees the events but
 * no step; a unit operator sees accept and return on its own unit's event and nothing on another unit's; after a
 * hand-over to a duty officer the same console offers the officer's steps. On a real H2 database.
 */
@ExtendWith(ApplicationExtension.class)
class RoleAwareConsoleTest {
    private static final ExecutorService background = Executors.newSingleThreadExecutor();
    private DispatchCity city;
    private Stage stage;
    private ConsoleWindow window;
    private DispatchFeature feature;
    private WatchSession session;
    private Event ours;
    private Event theirs;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        stage.setScene(new Scene(new Label(), 1600, 1000));
        stage.show();
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            feature.dispose();
            window.dispose();
        }).get();
        background.submit(() -> { }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        city.close();
    }

    @AfterAll
    static void stopBackground() throws InterruptedException {
        background.shutdown();
        background.awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void a_viewer_sees_the_events_but_is_offered_no_step_and_no_entry_form(FxRobot robot) throws Exception {
        open("wufang", "Viewer-Pass");

        showDetail(robot, ours);

        assertThat(actionsOffered(robot)).isEmpty();
        assertThat(robot.lookup("#entry-pane").query().isVisible()).isFalse();
        String keys = robot.lookup("#queue-keys").queryAs(Label.class).getText();
        assertThat(keys).doesNotContain("签收").doesNotContain("派遣").doesNotContain("作废").doesNotContain("录入");

        robot.type(KeyCode.X);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#dispatch-toast").tryQuery()
                .map(n -> ((Label) n).getText().equals("账号 wufang 无权作废：只有值班员、值班长可以作废。"))
                .orElse(false));
        assertThat(robot.lookup("#reason-ok").tryQuery()).isEmpty();
        assertThat(city.events.find(ours.getId()).getState()).isEqualTo(EventState.DISPATCHED);
    }

    @Test
    void a_unit_operator_is_offered_accept_and_return_only_on_its_own_units_event(FxRobot robot) throws Exception {
        open("liuyang", "Unit-Pass-1");

        showDetail(robot, ours);
        assertThat(actionsOffered(robot)).containsExactly("act-ACCEPT", "act-RETURN");

        showDetail(robot, theirs);
        assertThat(actionsOffered(robot)).isEmpty();
    }

    @Test
    void after_a_hand_over_to_a_duty_officer_the_same_console_offers_the_officers_steps(FxRobot robot)
            throws Exception {
        open("wufang", "Viewer-Pass");
        showDetail(robot, ours);
        assertThat(actionsOffered(robot)).isEmpty();

        session.signIn("wanglei", "Duty-Pass-77".toCharArray());
        robot.interact(feature::operatorChanged);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> actionsOffered(robot).contains("act-CANCEL"));
        assertThat(actionsOffered(robot)).doesNotContain("act-ACCEPT", "act-RETURN");
        assertThat(robot.lookup("#entry-pane").query().isVisible()).isTrue();
    }

    private void open(String login, String password) throws Exception {
        city = new DispatchCity(Files.createTempDirectory("gc-roles-"));
        AccountService accounts = new AccountService(city.db, city.clock, new PasswordHashes());
        accounts.create("wufang", "吴芳", Set.of(AccountRole.VIEWER), null, "Viewer-Pass".toCharArray());
        accounts.create("liuyang", "刘洋", Set.of(AccountRole.UNIT_OPERATOR), city.chengguan,
                "Unit-Pass-1".toCharArray());
        accounts.create("wanglei", "王磊", Set.of(AccountRole.DUTY_OFFICER), null, "Duty-Pass-77".toCharArray());
        session = new WatchSession(accounts);
        session.signIn(login, password.toCharArray());
        ours = city.dispatched("010101", DispatchCity.IN_G1, "早市占道");
        Event other = city.report("010101", DispatchCity.IN_G2, "夜市占道", Urgency.NORMAL);
        theirs = city.events.dispatch(other.getId(), other.getVersion(), city.zhujian, List.of(), "李娜", null);
        EventService checked = new EventService(city.db, city.clock, new SqlAreaLocator(city.db),
                WorkingCalendar.standard(), Permissions.of(session));
        WaitForAsyncUtils.asyncFx(() -> {
            BackgroundTasks tasks = BackgroundTasks.withFxThread(background);
            Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
            ConsoleModel model = new ConsoleModel(new CityService(city.db, city.clock), city.clock,
                    city.clock.getZone(), tasks, login, "test");
            MapWallModel map = new MapWallModel();
            MapWallView mapView = new MapWallView(map);
            window = new ConsoleWindow(model, map, mapView, messages, "示范区");
            window.showAreas(city.areas);
            feature = new DispatchFeature(window, map, mapView, checked, city.desk, city.clock, tasks, messages,
                    login, Duration.minutes(10), null, null);
            stage.setScene(new Scene(window, 1600, 1000));
            stage.getScene().getStylesheets().add(getClass().getResource("/org/gridcommand/ui/console.css")
                    .toExternalForm());
        }).get(30, TimeUnit.SECONDS);
    }

    /** Selects the event in the queue and opens its detail with Enter, as the officer does. */
    private void showDetail(FxRobot robot, Event event) throws Exception {
        @SuppressWarnings("unchecked")
        TableView<EventQueueRow> table = robot.lookup("#event-queue").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> table.getItems().stream().anyMatch(r -> r.id() == event.getId()));
        robot.interact(() -> {
            table.requestFocus();
            table.getItems().stream().filter(r -> r.id() == event.getId()).findFirst()
                    .ifPresent(r -> table.getSelectionModel().select(r));
        });
        robot.type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#detail-number").tryQuery()
                .map(n -> ((Label) n).getText().contains(event.getNumber())).orElse(false)
                && robot.lookup("#detail-actions").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static List<String> actionsOffered(FxRobot robot) {
        return robot.lookup("#detail-actions").queryAs(Pane.class).getChildren().stream().map(Node::getId).toList();
    }
}
