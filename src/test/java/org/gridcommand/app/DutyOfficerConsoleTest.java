package org.gridcommand.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.service.event.EventQueueRow;
import org.gridcommand.service.map.MapPoints;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A duty officer's shift on the whole console (as {@link ConsoleStartup} wires it, on the demo city), in Chinese
 * and in English: a street vendor reported by phone is entered (its 事项 and grid in the detail at once, its pin on
 * the map), dispatched, accepted, started, reported handled, verified and closed (its pin leaves the map). The
 * closed event is found again under 已结案 and by its number in the search box — which turns the queue to where it
 * is listed — and reopened. A second report is cancelled and found under 已作废.
 */
class DutyOfficerConsoleTest {
    /** The history's step names of a Chinese console: never on an English one. */
    private static final String[] CHINESE_STEPS = {"上报", "立案", "派遣", "签收", "开始处置", "处理反馈", "核查通过",
        "结案", "重新办理", "督办"};
    private static final String VENDOR = "占道经营";

    /** What the officer reads, in one language. */
    private record Words(String lang, String title, String handled, String found, String why, String cancelTitle,
                         String closed, String rework, String cancelled, String closeStep, String reopenStep) {
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void the_loop_closes_and_an_ended_event_is_found_again_and_reopened(String lang) throws Exception {
        Words w = lang.equals("zh")
                ? new Words(lang, "菜场门口占道卖菜", "摊位已清理", "现场已恢复", "摊贩又回来了", "重复来电",
                "已结案", "返工", "已作废", "结案", "重新办理")
                : new Words(lang, "菜场门口占道卖菜", "摊位已清理", "现场已恢复", "摊贩又回来了", "重复来电",
                "closed", "in rework", "cancelled", "Closed", "Reopened");
        try (DemoConsole console = DemoConsole.open(lang, 1920, 1080)) {
            walk(console, new FxRobot(), w);
        }
    }

    private void walk(DemoConsole console, FxRobot robot, Words w) throws Exception {
        Scene scene = console.stage().getScene();
        @SuppressWarnings("unchecked")
        TableView<EventQueueRow> queue = (TableView<EventQueueRow>) console.queue();
        Area grid = fx(() -> firstGrid(scene));

        // N: a phone call about a street vendor, entered with its 事项 and grid
        long id = enter(robot, queue, w.title(), grid);
        EventQueueRow row = fx(() -> queue.getSelectionModel().getSelectedItem());
        String number = row.number();
        assertThat(facts(scene)).as("the new event's 事项 and place show at once").contains(VENDOR)
                .anySatisfy(f -> assertThat(f).contains(grid.getName()));
        waitUntil(() -> pinShown(console, id));

        // the loop: dispatch as proposed, accept, start, report handled, verify, close
        press(robot, queue, KeyCode.D);
        waitUntil(() -> robot.lookup("#dispatch-ok").tryQuery().isPresent());
        robot.clickOn("#dispatch-ok");
        waitUntil(() -> stateOf(queue, id) == EventState.DISPATCHED);
        press(robot, queue, KeyCode.A);
        waitUntil(() -> stateOf(queue, id) == EventState.ACCEPTED);
        press(robot, queue, KeyCode.B);
        waitUntil(() -> stateOf(queue, id) == EventState.IN_PROGRESS);
        step(robot, queue, KeyCode.F, w.handled());
        waitUntil(() -> stateOf(queue, id) == EventState.HANDLED);
        step(robot, queue, KeyCode.V, w.found());
        waitUntil(() -> stateOf(queue, id) == EventState.VERIFIED);
        press(robot, queue, KeyCode.C);

        // closed: it leaves the open queue and the map; the detail still shows it, ended
        waitUntil(() -> fx(() -> queue.getItems().stream().noneMatch(r -> r.id() == id)));
        waitUntil(() -> chips(scene).contains(w.closed()));
        assertThat(text(scene, "#detail-number")).isEqualTo(number);
        waitUntil(() -> !pinShown(console, id));

        // under 已结案 in the state filter
        chooseState(scene, EventState.CLOSED);
        waitUntil(() -> fx(() -> queue.getItems().stream().anyMatch(r -> r.id() == id)));
        assertThat(fx(() -> queue.getItems().stream().allMatch(r -> r.state() == EventState.CLOSED))).isTrue();

        // back to the open events; then the number typed in the search box lands on the event itself
        chooseState(scene, null);
        waitUntil(() -> fx(() -> queue.getItems().stream().noneMatch(r -> r.id() == id)));
        fill(robot, scene, "#search-field", number);
        waitUntil(() -> fx(() -> robot.lookup("#search-hits").tryQuery()
                .map(hits -> hits instanceof ListView<?> list && !list.getItems().isEmpty()).orElse(false)));
        robot.type(KeyCode.ENTER);
        waitUntil(() -> fx(() -> queue.getSelectionModel().getSelectedItem() != null
                && queue.getSelectionModel().getSelectedItem().id() == id));
        assertThat(fx(() -> filterState(scene))).as("the queue turned to where it is listed")
                .isEqualTo(EventState.CLOSED);
        assertThat(text(scene, "#detail-number")).isEqualTo(number);
        waitUntil(() -> timeline(scene).stream().anyMatch(t -> t.contains(w.closeStep())));
        if (w.lang().equals("en")) {
            assertThat(timeline(scene)).as("the history's steps in English (the people's notes as they wrote them)")
                    .noneSatisfy(t -> assertThat(t).containsAnyOf(CHINESE_STEPS));
        }

        // the rules allow reopening a closed event: the button asks why, and it goes back for rework
        fire(scene, "#act-REOPEN");
        reason(robot, w.why());
        waitUntil(() -> chips(scene).contains(w.rework()));
        waitUntil(() -> timeline(scene).stream().anyMatch(t -> t.contains(w.reopenStep()) && t.contains(w.why())));
        waitUntil(() -> pinShown(console, id));

        // a second call about the same stall is cancelled; it is found under 已作废
        chooseState(scene, null);
        long second = enter(robot, queue, w.cancelTitle(), grid);
        press(robot, queue, KeyCode.X);
        reason(robot, w.cancelTitle());
        waitUntil(() -> chips(scene).contains(w.cancelled()));
        chooseState(scene, EventState.CANCELLED);
        waitUntil(() -> fx(() -> queue.getItems().stream().anyMatch(r -> r.id() == second)));
    }

    /** N, the form filled as an officer does, submitted; waits until the new event is selected. Returns its id. */
    private long enter(FxRobot robot, TableView<EventQueueRow> queue, String title, Area grid) throws Exception {
        Scene scene = queue.getScene();
        press(robot, queue, KeyCode.N);
        waitUntil(() -> robot.lookup("#entry-title").tryQuery().map(Node::isVisible).orElse(false));
        // the form sits under the detail in the side panel: focused and typed into, as after Tab
        fill(robot, scene, "#entry-title", title);
        fill(robot, scene, "#entry-category-search", VENDOR);
        ListView<?> categories = robot.lookup("#entry-categories").queryAs(ListView.class);
        waitUntil(() -> fx(() -> !categories.getItems().isEmpty()));
        robot.interact(() -> categories.getSelectionModel().select(0));
        fill(robot, scene, "#entry-grid", grid.getCode());
        fire(scene, "#entry-submit");
        waitUntil(() -> fx(() -> {
            EventQueueRow selected = queue.getSelectionModel().getSelectedItem();
            return selected != null && selected.title().equals(title) && selected.state().isOpen()
                    && text(queue.getScene(), "#detail-number").equals(selected.number());
        }));
        return fx(() -> queue.getSelectionModel().getSelectedItem().id());
    }

    /** 处理反馈 / 核查通过: the key, the note, OK (占道经营 needs no photo). */
    private static void step(FxRobot robot, TableView<EventQueueRow> queue, KeyCode key, String note)
            throws Exception {
        press(robot, queue, key);
        waitUntil(() -> robot.lookup("#step-note").tryQuery().isPresent());
        robot.clickOn("#step-note").write(note);
        robot.clickOn("#step-ok");
    }

    /** The reason dialog: why, then OK. */
    private static void reason(FxRobot robot, String why) throws Exception {
        waitUntil(() -> robot.lookup("#reason-input").tryQuery().isPresent());
        robot.clickOn("#reason-input").write(why);
        robot.clickOn("#reason-ok");
    }

    private static void fill(FxRobot robot, Scene scene, String id, String text) {
        robot.interact(() -> scene.lookup(id).requestFocus());
        robot.write(text);
    }

    private static void fire(Scene scene, String id) throws Exception {
        fx(() -> {
            ((ButtonBase) scene.lookup(id)).fire();
            return null;
        });
    }

    private static void press(FxRobot robot, TableView<EventQueueRow> queue, KeyCode key) {
        robot.interact(queue::requestFocus);
        robot.type(key);
    }

    @SuppressWarnings("unchecked")
    private static void chooseState(Scene scene, EventState state) throws Exception {
        fx(() -> {
            ((ComboBox<EventState>) scene.lookup("#filter-state")).getSelectionModel().select(state);
            return null;
        });
    }

    @SuppressWarnings("unchecked")
    private static EventState filterState(Scene scene) {
        return ((ComboBox<EventState>) scene.lookup("#filter-state")).getValue();
    }

    /** A grid of the first community of the first street, as the area tree lists them. */
    @SuppressWarnings("unchecked")
    private static Area firstGrid(Scene scene) {
        TreeItem<Area> item = ((TreeView<Area>) scene.lookup("#area-tree")).getRoot();
        while (item.getValue().getLevel() != AreaLevel.GRID) {
            item = item.getChildren().get(0);
        }
        return item.getValue();
    }

    private static boolean pinShown(DemoConsole console, long id) throws Exception {
        return fx(() -> {
            MapPoints points = console.startup().pointsOnMap().pointsProperty().get();
            return points != null && points.events().stream().anyMatch(p -> p.id() == id);
        });
    }

    private static EventState stateOf(TableView<EventQueueRow> queue, long id) throws Exception {
        return fx(() -> queue.getItems().stream().filter(r -> r.id() == id).map(EventQueueRow::state).findFirst()
                .orElse(null));
    }

    private static String text(Scene scene, String id) {
        Node n = scene.lookup(id);
        return n instanceof Labeled l ? l.getText() : "";
    }

    private static List<String> facts(Scene scene) throws Exception {
        return fx(() -> scene.getRoot().lookupAll(".fact-value").stream().map(n -> ((Labeled) n).getText())
                .toList());
    }

    private static List<String> chips(Scene scene) throws Exception {
        return fx(() -> {
            Node detail = scene.lookup(".event-detail");
            return detail == null ? List.of() : detail.lookupAll(".chip").stream()
                    .map(n -> ((Labeled) n).getText()).toList();
        });
    }

    private static List<String> timeline(Scene scene) throws Exception {
        return fx(() -> scene.lookup("#detail-timeline") instanceof VBox box ? box.getChildren().stream()
                .map(l -> ((Labeled) l).getText()).toList() : List.of());
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            return condition.call();
        });
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get(30, TimeUnit.SECONDS);
    }
}
