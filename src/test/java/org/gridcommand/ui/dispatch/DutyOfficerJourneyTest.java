package org.gridcommand.ui.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.util.Duration;
import org.gridcommand.demo.DemoCityService;
import org.gridcommand.demo.DemoProgress;
import org.gridcommand.demo.DemoScale;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.Urgency;
import org.gridcommand.domain.time.WorkingCalendar;
import org.gridcommand.domain.triage.WaitingReport;
import org.gridcommand.service.city.CityService;
import org.gridcommand.service.event.EventQueueRow;
import org.gridcommand.service.event.EventService;
import org.gridcommand.service.event.IntakeReport;
import org.gridcommand.service.event.ReturnVisitRule;
import org.gridcommand.service.event.SqlAreaLocator;
import org.gridcommand.service.event.queue.EventDesk;
import org.gridcommand.service.event.queue.ReturnVisitQueue;
import org.gridcommand.service.event.queue.VisitCall;
import org.gridcommand.service.triage.TriageDesk;
import org.gridcommand.store.Database;
import org.gridcommand.store.TestDatabases;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;
import org.gridcommand.ui.mapwall.MapWallModel;
import org.gridcommand.ui.mapwall.MapWallView;
import org.gridcommand.ui.returnvisit.ReturnVisitFeature;
import org.gridcommand.ui.shell.ConsoleModel;
import org.gridcommand.ui.shell.ConsoleWindow;
import org.gridcommand.ui.triage.TriageFeature;
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
 * The duty officer's shift through the WHOLE loop at the console, on a generated city in a real H2 database: an
 * urgent hotline report arrives unregistered (已上报) and is counted in the status bar; the officer registers it at
 * the triage desk under the item found by its code, then it raises the queue's alarm, and the officer dispatches,
 * accepts, starts, reports it handled with a photo, verifies, closes, calls the reporter back — who is
 * dissatisfied, so it is reopened for rework — and takes it round again until the reporter is satisfied. What the
 * officer sees is checked at each step (status bar counts, the desk's list and notice, the queue's row, the detail
 * pane, the return-visit list), in Chinese and in English. The desk's own cases (alarm, duplicates, cancel) are
 * TriageDeskJourneyTest's.
 */
@ExtendWith(ApplicationExtension.class)
class DutyOfficerJourneyTest {
    private static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");
    private static final ExecutorService background = Executors.newSingleThreadExecutor();
    private static Path dir;
    private static Database db;
    private static List<Area> areas;

    private final DispatchCity.MovableClock clock = new DispatchCity.MovableClock(NOW);
    private EventService events;
    private Stage stage;
    private ConsoleWindow window;
    private DispatchFeature feature;
    private ReturnVisitFeature visits;
    private TriageFeature triage;
    private TriageDesk triageDesk;
    private Path photo;

    @BeforeAll
    static void city() throws Exception {
        dir = Files.createTempDirectory("gc-journey-");
        db = Database.open(TestDatabases.h2(dir));
        new DemoCityService(db, clock(NOW)).create(20261124L, DemoScale.SMALL, DemoProgress.NONE);
        areas = new CityService(db, clock(NOW)).areas();
    }

    @AfterAll
    static void closeCity() throws Exception {
        background.shutdown();
        background.awaitTermination(10, TimeUnit.SECONDS);
        db.close();
    }

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
            visits.dispose();
            triage.dispose();
            window.dispose();
        }).get();
        background.submit(() -> { }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void the_loop_closes_at_the_chinese_console(FxRobot robot) throws Exception {
        journey(robot, Locale.SIMPLIFIED_CHINESE, new Words("待立案 ", "已立案 ", "新紧急事件 1", "D 派遣", "A 签收", "派遣 ", "依据：",
                "已派遣", "主办：", "（处置中）不能退回", "已反馈", "照片：", "已核查", "已结案", "本案已结案",
                "回访评价 · 待回访", "不满意，已重新办理，退回", "返工", "评价：不满意；路灯还是不亮",
                "回访不满意，重新办理；处置时限重新计算", "满意，回访完成"));
    }

    @Test
    void the_loop_closes_at_the_english_console_in_english(FxRobot robot) throws Exception {
        journey(robot, Locale.ENGLISH, new Words("To register ", "Registered ", "New urgent 1", "D Dispatch",
                "A Accept", "Dispatch ", "Because: ",
                "dispatched", "lead: ", "(in progress) cannot be done: Return", "handled", "photos: ", "verified",
                "closed", "This event is closed;", "Return visits · ", "dissatisfied, reopened and sent back to",
                "in rework", "rating: dissatisfied; 路灯还是不亮",
                "the reporter was dissatisfied: handled again; handling time limit restarted",
                "satisfied, return visit done"));
    }

    /** What the officer reads at each step, in the console's language. */
    private record Words(String toRegister, String registeredNotice, String badge, String dispatchKey,
            String acceptKey, String dispatchTitle, String basis,
                         String dispatched, String lead, String noReturn, String handled, String photos,
                         String verified, String closed, String ended, String visitsHeading, String reopened,
                         String rework, String ratedLine, String reopenLine, String satisfied) {
    }

    private void journey(FxRobot robot, Locale locale, Words w) throws Exception {
        photo = photo();
        open(robot, locale);
        waitUntil(() -> robot.lookup("#event-queue").tryQuery().isPresent());
        TableView<EventQueueRow> table = table(robot);
        waitUntil(() -> !table.getItems().isEmpty());
        settle();

        // a 12345 call about a street lamp arrives, marked urgent, not yet registered: the status bar counts it
        int waitingBefore = triageDesk.waiting().size();
        Event report = arrive("路灯不亮", "市民刘先生");
        assertThat(report.getState()).isEqualTo(EventState.REPORTED);
        waitUntil(() -> counts(text(robot, "#status-triage"), w.toRegister(), waitingBefore + 1));

        // the triage desk: the report in its list; the item found by its code; registered
        register(robot, report, w);
        waitUntil(() -> counts(text(robot, "#status-triage"), w.toRegister(), waitingBefore));
        assertThat(events.find(report.getId()).getState()).isEqualTo(EventState.REGISTERED);

        robot.interact(() -> feature.queue().refresh());
        waitUntil(() -> robot.lookup("#status-urgent").queryLabeled().isVisible());
        assertThat(text(robot, "#status-urgent")).isEqualTo(w.badge());

        // the badge opens it: selected in the queue, its 事项 and place in the detail at once
        robot.clickOn("#status-urgent");
        waitUntil(() -> selected(table) == report.getId() && detailShows(robot, report.getNumber()));
        assertThat(texts(robot, ".fact-value")).contains("路灯不亮")
                .anySatisfy(t -> assertThat(t).contains(areaName(report)));
        assertThat(text(robot, "#queue-keys")).contains(w.dispatchKey()).doesNotContain(w.acceptKey());

        // D: the proposal with its reason; confirmed
        key(robot, table, KeyCode.D);
        waitUntil(() -> robot.lookup("#dispatch-ok").tryQuery().isPresent());
        assertThat(((Stage) robot.lookup("#dispatch-lead").query().getScene().getWindow()).getTitle())
                .isEqualTo(w.dispatchTitle() + report.getNumber());
        assertThat(text(robot, "#dispatch-basis")).startsWith(w.basis());
        robot.clickOn("#dispatch-ok");
        waitUntil(() -> stateOf(table, report.getId()) == EventState.DISPATCHED);
        waitUntil(() -> timeline(robot).stream().anyMatch(t -> t.contains(w.lead())));
        assertThat(chips(robot)).contains(w.dispatched());
        assertThat(selected(table)).as("the row stays selected").isEqualTo(report.getId());

        // the unit accepts and starts (at this console, as a unit's console would)
        key(robot, table, KeyCode.A);
        waitUntil(() -> stateOf(table, report.getId()) == EventState.ACCEPTED);
        key(robot, table, KeyCode.B);
        waitUntil(() -> stateOf(table, report.getId()) == EventState.IN_PROGRESS);
        // R is no longer possible once the work has started: no reason is asked for, the toast says why
        key(robot, table, KeyCode.R);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#reason-input").tryQuery()).isEmpty();
        assertThat(text(robot, "#dispatch-toast")).contains(w.noReturn());

        handleAndClose(robot, table, report, "已更换灯泡", w);
        // it left the open queue; the detail still shows it, ended
        waitUntil(() -> table.getItems().stream().noneMatch(r -> r.id() == report.getId()));
        assertThat(text(robot, "#detail-number")).isEqualTo(report.getNumber());
        assertThat(chips(robot)).contains(w.closed());
        assertThat(texts(robot, ".detail-hint")).anySatisfy(t -> assertThat(t).startsWith(w.ended()));

        // the return visit: the call, what the unit said it did; 不满意 needs the reporter's words
        openVisits(robot);
        waitUntil(() -> calls(robot).stream().anyMatch(c -> c.id() == report.getId()));
        assertThat(text(robot, "#visits-heading")).startsWith(w.visitsHeading());
        selectCall(robot, report.getId());
        waitUntil(() -> texts(robot, "#visit-card .fact-value").contains("已更换灯泡"));
        assertThat(robot.lookup("#visit-dissatisfied").query().isDisabled()).isTrue();
        robot.clickOn("#visit-note").write("路灯还是不亮");
        assertThat(robot.lookup("#visit-dissatisfied").query().isDisabled()).isFalse();
        robot.clickOn("#visit-dissatisfied");
        String lead = lead(report);
        waitUntil(() -> text(robot, "#visit-message").contains(w.reopened()));
        assertThat(text(robot, "#visit-message")).startsWith(report.getNumber()).contains(lead);
        waitUntil(() -> calls(robot).stream().noneMatch(c -> c.id() == report.getId()));

        // back in the queue for rework, with the visit in its history
        robot.interact(() -> feature.openEvent(report.getId()));
        waitUntil(() -> selected(table) == report.getId() && stateOf(table, report.getId()) == EventState.REWORK);
        waitUntil(() -> timeline(robot).stream().anyMatch(t -> t.contains(w.ratedLine())));
        assertThat(chips(robot)).contains(w.rework());
        assertThat(timeline(robot)).anySatisfy(t -> assertThat(t).contains(w.reopenLine()));

        // reworked, checked, closed again; the reporter is satisfied this time
        key(robot, table, KeyCode.B);
        waitUntil(() -> stateOf(table, report.getId()) == EventState.IN_PROGRESS);
        handleAndClose(robot, table, report, "更换灯具并检修线路", w);
        openVisits(robot);
        waitUntil(() -> calls(robot).stream().anyMatch(c -> c.id() == report.getId()));
        selectCall(robot, report.getId());
        robot.clickOn("#visit-satisfied");
        waitUntil(() -> text(robot, "#visit-message").contains(w.satisfied()));
        assertThat(events.find(report.getId()).getState()).isEqualTo(EventState.CLOSED);
    }

    /** At the triage desk (F2): the report chosen in the list, its item found by code, 立案. */
    @SuppressWarnings("unchecked")
    private void register(FxRobot robot, Event report, Words w) throws Exception {
        robot.interact(triage::open);
        TableView<WaitingReport> list = robot.lookup("#triage-list").queryAs(TableView.class);
        waitUntil(() -> list.getItems().stream().anyMatch(r -> r.id() == report.getId()));
        robot.interact(() -> {
            list.getSelectionModel().clearSelection();
            list.getItems().stream().filter(r -> r.id() == report.getId()).findFirst()
                    .ifPresent(r -> list.getSelectionModel().select(r));
        });
        waitUntil(() -> robot.lookup("#report-number").tryQuery()
                .map(n -> ((Labeled) n).getText().equals(report.getNumber())).orElse(false));
        assertThat(texts(robot, ".report-title")).contains("路灯不亮");
        robot.clickOn("#category-search").write(itemCode("路灯不亮")).type(KeyCode.ENTER);
        waitUntil(() -> text(robot, "#category-chosen").contains("路灯不亮"));
        Node register = robot.lookup("#triage-register").query();
        waitUntil(() -> !register.isDisabled());
        robot.clickOn(register);
        waitUntil(() -> text(robot, "#triage-notice").equals(w.registeredNotice() + report.getNumber()));
        waitUntil(() -> list.getItems().stream().noneMatch(r -> r.id() == report.getId()));
    }

    /** 处理反馈 and 核查通过, each with words and a photo (a street lamp needs one), then 结案. */
    private void handleAndClose(FxRobot robot, TableView<EventQueueRow> table, Event e, String done, Words w)
            throws Exception {
        robot.interact(() -> feature.openEvent(e.getId()));
        waitUntil(() -> selected(table) == e.getId());
        key(robot, table, KeyCode.F);
        waitUntil(() -> robot.lookup("#step-note").tryQuery().isPresent());
        robot.clickOn("#step-note").write(done);
        assertThat(robot.lookup("#step-ok").query().isDisabled()).as("a street lamp needs a photo").isTrue();
        robot.clickOn("#step-add-photo");
        assertThat(robot.lookup("#step-ok").query().isDisabled()).isFalse();
        robot.clickOn("#step-ok");
        waitUntil(() -> stateOf(table, e.getId()) == EventState.HANDLED);
        waitUntil(() -> timeline(robot).stream().anyMatch(t -> t.contains(w.photos() + "路灯.png") && t.contains(done)));
        assertThat(chips(robot)).contains(w.handled());

        key(robot, table, KeyCode.V);
        waitUntil(() -> robot.lookup("#step-note").tryQuery().isPresent());
        robot.clickOn("#step-note").write("现场灯已亮");
        robot.clickOn("#step-add-photo");
        robot.clickOn("#step-ok");
        waitUntil(() -> stateOf(table, e.getId()) == EventState.VERIFIED);
        assertThat(chips(robot)).contains(w.verified());

        key(robot, table, KeyCode.C);
        waitUntil(() -> events.find(e.getId()).getState() == EventState.CLOSED);
    }

    private void open(FxRobot robot, Locale locale) throws Exception {
        events = new EventService(db, clock, new SqlAreaLocator(db), WorkingCalendar.standard());
        EventDesk desk = EventDesk.of(db, clock);
        WaitForAsyncUtils.asyncFx(() -> {
            BackgroundTasks tasks = BackgroundTasks.withFxThread(background);
            Messages messages = new Messages(locale);
            ConsoleModel model = new ConsoleModel(new CityService(db, clock), clock, clock.getZone(), tasks,
                    "值班员 张伟", "test");
            MapWallModel map = new MapWallModel();
            MapWallView mapView = new MapWallView(map);
            window = new ConsoleWindow(model, map, mapView, messages, "明湖区");
            stage.setScene(new Scene(window, 1600, 1000));
            stage.getScene().getStylesheets().add(getClass().getResource("/org/gridcommand/ui/console.css")
                    .toExternalForm());
            stage.show();
            window.showAreas(areas);
            // a slow poll: each step reads the queue again itself, as after every action
            feature = new DispatchFeature(window, map, mapView, events, desk, clock, tasks, messages, "值班员 张伟",
                    Duration.minutes(10), owner -> List.of(photo), null);
            visits = new ReturnVisitFeature(window, new ReturnVisitQueue(db), new ReturnVisitRule(db), events, tasks,
                    messages, clock.getZone(), "回访员 周敏");
            feature.onEventChanged(visits::eventChanged);
            triageDesk = new TriageDesk(db, clock, events);
            triage = new TriageFeature(window, map, mapView, triageDesk, clock, tasks, messages, "值班员 张伟");
            triage.onAlarmEnded(feature::acknowledgeAlarm);
        }).get(30, TimeUnit.SECONDS);
    }

    private Event arrive(String item, String reporter) {
        Area grid = areas.stream().filter(a -> a.getLevel() == AreaLevel.GRID).findFirst().orElseThrow();
        var p = grid.getBoundary().getInteriorPoint();
        // the hotline's own category is not mapped: the report waits at the triage desk (已上报)
        return events.intake(new IntakeReport(Channel.HOTLINE, "12345-J" + System.nanoTime(), null, item,
                "小区门口路灯不亮，晚上很黑", p.getX(), p.getY(), "东湖路 12 号", reporter, clock.instant(),
                Urgency.URGENT)).event();
    }

    /** "待立案 6" or "待立案 6 · 特急 1" (the demo city has a critical report waiting too) counts 6. */
    private static boolean counts(String shown, String label, int n) {
        return shown.equals(label + n) || shown.startsWith(label + n + " ·");
    }

    private String itemCode(String item) {
        return EventDesk.of(db, clock).directory().categoryItems().stream().filter(c -> c.name().equals(item))
                .findFirst().orElseThrow().code();
    }

    private String areaName(Event e) {
        return areas.stream().filter(a -> a.getId().equals(e.getGridId())).findFirst().orElseThrow().getName();
    }

    private String lead(Event e) {
        return events.summary(e.getId()).leadUnitName();
    }

    private void openVisits(FxRobot robot) {
        robot.interact(() -> visits.tab().getTabPane().getSelectionModel().select(visits.tab()));
    }

    @SuppressWarnings("unchecked")
    private void selectCall(FxRobot robot, long id) {
        TableView<VisitCall> calls = robot.lookup("#visit-calls").queryAs(TableView.class);
        robot.interact(() -> calls.getItems().stream().filter(c -> c.id() == id).findFirst()
                .ifPresent(c -> calls.getSelectionModel().select(c)));
    }

    @SuppressWarnings("unchecked")
    private static List<VisitCall> calls(FxRobot robot) {
        return List.copyOf(robot.lookup("#visit-calls").queryAs(TableView.class).getItems());
    }

    private static void key(FxRobot robot, TableView<EventQueueRow> table, KeyCode key) {
        robot.interact(table::requestFocus);
        robot.type(key);
    }

    private static boolean detailShows(FxRobot robot, String number) {
        return robot.lookup("#detail-number").tryQuery().map(n -> ((Labeled) n).getText().equals(number))
                .orElse(false);
    }

    private static long selected(TableView<EventQueueRow> table) {
        EventQueueRow row = table.getSelectionModel().getSelectedItem();
        return row == null ? -1 : row.id();
    }

    private static EventState stateOf(TableView<EventQueueRow> table, long id) {
        return table.getItems().stream().filter(r -> r.id() == id).map(EventQueueRow::state).findFirst().orElse(null);
    }

    private static String text(FxRobot robot, String query) {
        return ((Labeled) robot.lookup(query).query()).getText();
    }

    private static List<String> texts(FxRobot robot, String query) {
        return robot.lookup(query).queryAll().stream().filter(n -> n instanceof Labeled)
                .map(n -> ((Labeled) n).getText()).toList();
    }

    private static List<String> chips(FxRobot robot) {
        Node detail = robot.lookup(".event-detail").query();
        return detail.lookupAll(".chip").stream().map(n -> ((Labeled) n).getText()).toList();
    }

    private static List<String> timeline(FxRobot robot) {
        return robot.lookup("#detail-timeline").tryQuery().map(n -> ((VBox) n).getChildren().stream()
                .map(l -> ((Labeled) l).getText()).toList()).orElse(List.of());
    }

    @SuppressWarnings("unchecked")
    private static TableView<EventQueueRow> table(FxRobot robot) {
        return robot.lookup("#event-queue").queryAs(TableView.class);
    }

    private static void waitUntil(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.getAsBoolean();
        });
    }

    private Path photo() throws Exception {
        Path file = dir.resolve("路灯.png");
        if (!Files.exists(file)) {
            BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
            ImageIO.write(image, "png", file.toFile());
        }
        return file;
    }

    private static Clock clock(Instant at) {
        return Clock.fixed(at, ZoneId.of("Asia/Shanghai"));
    }

    /** Lets the background reads queued so far (the first look at the urgent events) finish and show. */
    private static void settle() throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        background.submit(() -> { }).get(30, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
    }
}
