package org.gridcommand.ui.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Pattern;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.Urgency;
import org.gridcommand.domain.unit.Unit;
import org.gridcommand.domain.unit.UnitKind;
import org.gridcommand.service.city.CityService;
import org.gridcommand.service.event.EventQueueRow;
import org.gridcommand.service.event.UnitRef;
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
 * 派件退回 and re-dispatch at the console: the community committee says a street-vendor case is not its duty (R,
 * with its reason); the officer presses D and the proposal is the category's department, never the committee that
 * returned it, with the reason for the proposal and for leaving the committee out — in the console's language only.
 */
@ExtendWith(ApplicationExtension.class)
class RedispatchAtTheConsoleTest {
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern LATIN_WORD = Pattern.compile("[A-Za-z]{2,}");
    private static final String COMMITTEE = "幸福社区居委会";
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
    void a_chinese_console_does_not_propose_the_committee_that_returned_it_and_says_why(FxRobot robot)
            throws Exception {
        walk(robot, Locale.SIMPLIFIED_CHINESE, "依据：无属地单位，按事项默认部门",
                "未建议 幸福社区居委会：该单位刚退回此案件（非其职责）。", "退回单位：幸福社区居委会", "属城管执法职责");
    }

    @Test
    void an_english_console_does_not_propose_the_committee_that_returned_it_and_says_why_in_english(FxRobot robot)
            throws Exception {
        walk(robot, Locale.ENGLISH, "Because: no local unit: the category's default department",
                "幸福社区居委会 is not proposed: it has just returned this event as not its duty.",
                "returned by 幸福社区居委会", "属城管执法职责");
    }

    private void walk(FxRobot robot, Locale locale, String basis, String avoided, String returnedLine,
                      String reason) throws Exception {
        city = new DispatchCity(Files.createTempDirectory("gc-redispatch-"));
        long committee = committee();
        Event vendor = city.report("010101", DispatchCity.IN_G1, "早市占道", Urgency.NORMAL);
        assertThat(city.events.proposeDispatch(vendor.getId()).lead().id()).as("小事 → the community")
                .isEqualTo(committee);
        city.events.dispatch(vendor.getId(), vendor.getVersion(), committee, List.of(), "李娜", null);
        open(locale);
        TableView<EventQueueRow> table = robot.lookup("#event-queue").queryAs(TableView.class);
        waitUntil(() -> table.getItems().stream().anyMatch(r -> r.id() == vendor.getId()));

        // the committee's console: R, "not our duty", the reason
        select(robot, table, vendor.getId());
        robot.type(KeyCode.R);
        waitUntil(() -> robot.lookup("#reason-input").tryQuery().isPresent());
        robot.clickOn("#reason-input").write(reason);
        robot.clickOn("#reason-ok");
        waitUntil(() -> stateOf(table, vendor.getId()) == EventState.RETURNED);
        waitUntil(() -> timeline(robot).stream().anyMatch(t -> t.contains(returnedLine) && t.contains(reason)));

        // D: the proposal leaves the committee out and says why
        robot.type(KeyCode.D);
        waitUntil(() -> robot.lookup("#dispatch-ok").tryQuery().isPresent());
        @SuppressWarnings("unchecked")
        ComboBox<UnitRef> lead = robot.lookup("#dispatch-lead").queryAs(ComboBox.class);
        assertThat(lead.getValue()).as("the category's department, not the committee").isNotNull();
        assertThat(lead.getValue().id()).isEqualTo(city.chengguan);
        String because = text(robot, "#dispatch-basis");
        String left = text(robot, "#dispatch-avoided");
        assertThat(because).isEqualTo(basis);
        assertThat(left).isEqualTo(avoided);
        if (locale.equals(Locale.ENGLISH)) {
            assertThat(because).as("no Chinese beside English").doesNotContainPattern(HAN);
            assertThat(left.replace(COMMITTEE, "")).doesNotContainPattern(HAN);
        } else {
            assertThat(because).as("no English beside Chinese").doesNotContainPattern(LATIN_WORD);
            assertThat(left).doesNotContainPattern(LATIN_WORD);
        }

        robot.clickOn("#dispatch-ok");
        waitUntil(() -> stateOf(table, vendor.getId()) == EventState.DISPATCHED);
        assertThat(city.events.summary(vendor.getId()).leadUnitName()).isEqualTo("城管局");
        assertThat(table.getSelectionModel().getSelectedItem().id()).as("the row stays selected")
                .isEqualTo(vendor.getId());
    }

    /** The community committee of 幸福社区, which the rules propose for small cases there. */
    private long committee() {
        long id = city.db.ids().next();
        city.db.transact(s -> {
            s.persist(new Unit(id, "XFSQ", COMMITTEE, UnitKind.COMMUNITY, AreaLevel.COMMUNITY,
                    city.area("D01S01C01").getId(), null, null));
            return null;
        });
        return id;
    }

    private void open(Locale locale) throws Exception {
        WaitForAsyncUtils.asyncFx(() -> {
            BackgroundTasks tasks = BackgroundTasks.withFxThread(background);
            Messages messages = new Messages(locale);
            ConsoleModel model = new ConsoleModel(new CityService(city.db, city.clock), city.clock,
                    city.clock.getZone(), tasks, "值班员 张伟", "test");
            MapWallModel map = new MapWallModel();
            MapWallView mapView = new MapWallView(map);
            window = new ConsoleWindow(model, map, mapView, messages, "示范区");
            window.showAreas(city.areas);
            feature = new DispatchFeature(window, map, mapView, city.events, city.desk, city.clock, tasks, messages,
                    "值班员 张伟", Duration.minutes(10), null, null);
            stage.setScene(new Scene(window, 1600, 1000));
            stage.getScene().getStylesheets().add(getClass().getResource("/org/gridcommand/ui/console.css")
                    .toExternalForm());
        }).get(30, TimeUnit.SECONDS);
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

    private static String text(FxRobot robot, String query) {
        return ((Labeled) robot.lookup(query).query()).getText();
    }

    private static List<String> timeline(FxRobot robot) {
        return robot.lookup("#detail-timeline").tryQuery().map(n -> ((VBox) n).getChildren().stream()
                .map(l -> ((Labeled) l).getText()).toList()).orElse(List.of());
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }
}
