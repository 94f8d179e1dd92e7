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
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.gridcommand.domain.plan.Plan;
import org.gridcommand.domain.plan.ResponseLevel;
import org.gridcommand.service.Backend;
import org.gridcommand.service.SignedIn;
import org.gridcommand.service.emergency.FloodScenario;
import org.gridcommand.service.emergency.PlanLibrary.LevelText;
import org.gridcommand.store.Database;
import org.gridcommand.store.TestDatabases;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;
import org.gridcommand.ui.common.Screenshots;
import org.gridcommand.ui.mapwall.MapWallModel;
import org.gridcommand.ui.mapwall.MapWallView;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testfx.api.FxRobot;
import org.testfx.api.FxRobotInterface;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An administrator edits a flood plan in the plan library, in Chinese and in English: the level's tasks and needs are
 * rows of a form in the console's words (no line format to learn, no codes), a need's quantity is changed, a team
 * and a task are added, and the new revision stores the plan's codes.
 */
@ExtendWith(ApplicationExtension.class)
class PlanEditorTest {
    private Database db;
    private FloodScenario town;
    private ExecutorService background;
    private Backend backend;
    private EmergencyFeature feature;
    private Stage stage;

    @BeforeEach
    void openTown() throws Exception {
        db = Database.open(TestDatabases.h2(Files.createTempDirectory("gc-plans-")));
        town = FloodScenario.create(db);
        background = Executors.newSingleThreadExecutor();
        FloodScenario.TestClock clock = new FloodScenario.TestClock();
        backend = SignedIn.commander(db, clock);
    }

    @Start
    void start(Stage primary) {
        stage = primary;
    }

    @AfterEach
    void close(FxRobot robot) throws InterruptedException {
        robot.interact(feature::dispose);
        background.shutdown();
        background.awaitTermination(5, TimeUnit.SECONDS);
        db.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"zh", "en"})
    void the_administrator_edits_a_level_in_a_form_and_the_revision_stores_codes(String lang, FxRobot robot)
            throws Exception {
        boolean zh = lang.equals("zh");
        robot.interact(() -> open(Messages.localeFor(lang)));
        ListView<Plan> plans = robot.lookup("#plan-list").queryListView();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !plans.getItems().isEmpty());
        robot.clickOn("#level-I");
        robot.interact(() -> {
            robot.lookup(".titled-pane").queryAllAs(TitledPane.class).forEach(p -> p.setExpanded(
                    p.getContent() instanceof PlanLibraryView));
            plans.getSelectionModel().select(0);
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".plan-need").queryAll().size() == 4);

        // what the form shows: rows in the console's words, no line format, no codes
        Parent form = robot.lookup("#plan-needs").queryAs(Parent.class);
        assertThat(rowTexts(form, ".plan-need")).isEqualTo(zh
                ? List.of("物资 沙袋 5000", "物资 水泵 12", "队伍 防汛抢险 60", "专家 水利 2")
                : List.of("supply sandbags 5000", "supply pumps 12", "team flood fighting 60",
                        "expert water resources 2"));
        Parent tasks = robot.lookup("#plan-tasks").queryAs(Parent.class);
        assertThat(rowTexts(tasks, ".plan-task")).first().isEqualTo((zh ? "社区" : "community") + " 组织低洼区群众转移");
        assertThat(shownTexts(robot.lookup("#emergency-panel").queryAs(Parent.class)))
                .noneMatch(t -> t.contains("|") || t.matches(".*\\b(ITEM|TEAM|EXPERT|SANDBAG|WATER_LEVEL)\\b.*"));

        if (System.getProperty("gridcommand.screenshots") != null) {
            Path out = Path.of(System.getProperty("gridcommand.screenshots"))
                    .resolve(zh ? "plan-editor.png" : "plan-editor-en.png");
            robot.interact(() -> {
                Screenshots.scrollIntoView(form);
                Screenshots.write(stage.getScene(), out);
            });
        }

        // 6000 sandbags instead of 5000; a team of 20 for the dykes; a task for the command center
        Spinner<?> first = robot.lookup("#plan-needs .plan-need-quantity").queryAs(Spinner.class);
        click(robot, first.getEditor()).eraseText(first.getEditor().getText().length()).write("6000");
        click(robot, robot.lookup("#plan-need-add").query());
        Node added = last(robot, ".plan-need");
        click(robot, added.lookup(".plan-need-kind"));
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").queryAllAs(Labeled.class).stream()
                .filter(c -> (zh ? "队伍" : "team").equals(c.getText())).findFirst().orElseThrow());
        click(robot, added.lookup(".plan-need-what")).write(zh ? "防汛抢险" : "flood fighting");
        Spinner<?> people = (Spinner<?>) added.lookup(".plan-need-quantity");
        click(robot, people.getEditor()).eraseText(people.getEditor().getText().length()).write("20");
        click(robot, robot.lookup("#plan-task-add").query());
        Node task = last(robot, ".plan-task");
        click(robot, ((ComboBox<?>) task.lookup(".plan-task-unit")).getEditor())
                .write(zh ? "指挥中心" : "command center");
        click(robot, task.lookup(".plan-task-what")).write(zh ? "发布预警" : "issue the warning");
        click(robot, robot.lookup("#plan-save").query());

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> feature.library().selectedProperty().get() != null
                && feature.library().selectedProperty().get().getRevision() == 2);
        LevelText stored = backend.planLibrary().levels(feature.library().selectedProperty().get().getId()).get(0);
        assertThat(stored.level()).isEqualTo(ResponseLevel.I);
        assertThat(stored.needs()).isEqualTo("ITEM|SANDBAG|6000\nITEM|PUMP|12\nTEAM|防汛抢险|60\nEXPERT|水利|2\n"
                + "TEAM|防汛抢险|20");
        assertThat(stored.actions()).endsWith("\nCOMMAND_CENTER|" + (zh ? "发布预警" : "issue the warning"));
        assertThat(shownTexts(robot.lookup("#emergency-panel").queryAs(Parent.class)))
                .anyMatch(t -> t.startsWith(zh ? "已保存 FLOOD-01 第 2 版" : "Saved FLOOD-01 rev. 2"));
    }

    /** As a person would: scrolls the emergency tab to the node, then clicks it. */
    private static FxRobotInterface click(FxRobot robot, Node node) {
        robot.interact(() -> Screenshots.scrollIntoView(node));
        WaitForAsyncUtils.waitForFxEvents();
        return robot.clickOn(node);
    }

    private static Node last(FxRobot robot, String query) {
        List<Node> all = List.copyOf(robot.lookup(query).queryAll());
        return all.get(all.size() - 1);
    }

    private void open(Locale locale) {
        FloodScenario.TestClock clock = new FloodScenario.TestClock();
        MapWallModel map = new MapWallModel();
        MapWallView mapView = new MapWallView(map);
        TabPane panels = new TabPane();
        panels.setPrefWidth(620);
        feature = new EmergencyFeature(backend, BackgroundTasks.withFxThread(background), new Messages(locale), clock,
                "管理员", map, mapView, panels);
        BorderPane root = new BorderPane(mapView);
        root.setRight(panels);
        Scene scene = new Scene(root, 1366, 768);
        scene.getStylesheets().add(MapWallView.class.getResource("/org/gridcommand/ui/console.css").toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    /** Each row of a form as a person reads it: its fields' texts, left to right. */
    private static List<String> rowTexts(Parent form, String rowClass) {
        return form.lookupAll(rowClass).stream().map(r -> String.join(" ", shownTexts((Parent) r))).toList();
    }

    /** What a person reads in {@code root}: labels, buttons, combo boxes and fields, in order. */
    private static List<String> shownTexts(Parent root) {
        return root.lookupAll("*").stream().filter(Node::isVisible).map(n -> n instanceof TextInputControl t
                        ? t.getText() : n instanceof ComboBox<?> c && !c.isEditable() && c.getValue() != null
                        ? c.getConverter() == null ? c.getValue().toString() : text(c)
                        : n instanceof Labeled l && !(l.getParent() instanceof ComboBox<?>) ? l.getText() : null)
                .filter(t -> t != null && !t.isBlank()).toList();
    }

    @SuppressWarnings("unchecked")
    private static String text(ComboBox<?> c) {
        return ((ComboBox<Object>) c).getConverter().toString(c.getValue());
    }
}
