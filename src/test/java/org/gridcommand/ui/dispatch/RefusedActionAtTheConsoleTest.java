package org.gridcommand.ui.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
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
 * A viewer at the console presses D to dispatch: no dispatch dialog is offered (the console offers only what the
 * viewer's role may do), and the console says which roles may — in the console's language, in the service's words —
 * while the event stays as it was.
 */
@ExtendWith(ApplicationExtension.class)
class RefusedActionAtTheConsoleTest {
    private static final ExecutorService background = Executors.newSingleThreadExecutor();
    private DispatchCity city;
    private Stage stage;
    private ConsoleWindow window;
    private DispatchFeature feature;

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
    void a_viewer_who_dispatches_is_told_in_chinese_that_only_duty_officers_and_shift_leaders_may(FxRobot robot)
            throws Exception {
        tryToDispatch(robot, Locale.SIMPLIFIED_CHINESE, "账号 wufang 无权派遣：只有值班员、值班长可以派遣。");
    }

    @Test
    void a_viewer_who_dispatches_is_told_in_english_which_roles_may(FxRobot robot) throws Exception {
        tryToDispatch(robot, Locale.ENGLISH,
                "The account wufang may not dispatch: only these roles may: duty officer, shift leader.");
    }

    private void tryToDispatch(FxRobot robot, Locale locale, String told) throws Exception {
        city = new DispatchCity(Files.createTempDirectory("gc-refused-"));
        AccountService accounts = new AccountService(city.db, city.clock, new PasswordHashes());
        accounts.create("wufang", "观察员 吴芳", Set.of(AccountRole.VIEWER), null, "Viewer-Pass".toCharArray());
        WatchSession session = new WatchSession(accounts);
        session.signIn("wufang", "Viewer-Pass".toCharArray());
        EventService checked = new EventService(city.db, city.clock, new SqlAreaLocator(city.db),
                WorkingCalendar.standard(), Permissions.of(session));
        Event vendor = city.report("010101", DispatchCity.IN_G1, "早市占道", Urgency.NORMAL);
        open(locale, checked);
        @SuppressWarnings("unchecked")
        TableView<EventQueueRow> table = robot.lookup("#event-queue").queryAs(TableView.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> table.getItems().stream().anyMatch(r -> r.id() == vendor.getId()));
        robot.interact(() -> {
            table.requestFocus();
            table.getItems().stream().filter(r -> r.id() == vendor.getId()).findFirst()
                    .ifPresent(r -> table.getSelectionModel().select(r));
        });

        robot.type(KeyCode.D);

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#dispatch-toast").tryQuery()
                .map(n -> told.equals(((Label) n).getText())).orElse(false));
        assertThat(robot.lookup("#dispatch-ok").tryQuery()).isEmpty();
        assertThat(city.events.find(vendor.getId()).getState()).isEqualTo(EventState.REGISTERED);
        assertThat(city.events.find(vendor.getId()).getVersion()).isEqualTo(vendor.getVersion());
    }

    private void open(Locale locale, EventService events) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            BackgroundTasks tasks = BackgroundTasks.withFxThread(background);
            Messages messages = new Messages(locale);
            ConsoleModel model = new ConsoleModel(new CityService(city.db, city.clock), city.clock,
                    city.clock.getZone(), tasks, "观察员 吴芳", "test");
            MapWallModel map = new MapWallModel();
            MapWallView mapView = new MapWallView(map);
            window = new ConsoleWindow(model, map, mapView, messages, "示范区");
            window.showAreas(city.areas);
            feature = new DispatchFeature(window, map, mapView, events, city.desk, city.clock, tasks, messages,
                    "wufang", Duration.minutes(10), null, null);
            stage.setScene(new Scene(window, 1600, 1000));
            stage.getScene().getStylesheets().add(getClass().getResource("/org/gridcommand/ui/console.css")
                    .toExternalForm());
        }).get(30, TimeUnit.SECONDS);
    }
}
