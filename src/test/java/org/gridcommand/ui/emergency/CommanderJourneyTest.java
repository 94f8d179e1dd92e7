package org.gridcommand.ui.emergency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.ListView;
import javafx.scene.control.Spinner;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.gridcommand.demo.DemoCityService;
import org.gridcommand.demo.DemoScale;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.domain.emergency.LineKind;
import org.gridcommand.domain.emergency.MovementKind;
import org.gridcommand.domain.plan.EmergencyType;
import org.gridcommand.domain.plan.Plan;
import org.gridcommand.domain.plan.ResponseLevel;
import org.gridcommand.geo.tiles.BaseMapRenderer;
import org.gridcommand.geo.tiles.TileSource;
import org.gridcommand.service.Backend;
import org.gridcommand.service.SignedIn;
import org.gridcommand.service.city.CityService;
import org.gridcommand.service.emergency.BoardEntry;
import org.gridcommand.service.emergency.FloodScenario;
import org.gridcommand.service.emergency.Proposal;
import org.gridcommand.service.event.EventService;
import org.gridcommand.service.resources.StockBook;
import org.gridcommand.service.map.BaseMapService;
import org.gridcommand.store.Database;
import org.gridcommand.store.TestDatabases;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.ConsoleFonts;
import org.gridcommand.ui.common.Messages;
import org.gridcommand.ui.common.Screenshots;
import org.gridcommand.ui.mapwall.MapWallModel;
import org.gridcommand.ui.mapwall.MapWallView;
import org.gridcommand.ui.resources.ResourcesFeature;
import org.gridcommand.ui.shell.ConsoleModel;
import org.gridcommand.ui.shell.ConsoleWindow;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The commander's journey in the console frame on a (small) demo city in real H2, in Chinese and in English, at
 * 1920×1080 and at 1366×768: F9 at level IV, the level raised to II (the board re-proposes at once), commit,
 * the board tracks, stand-down asks first and takes what was used, the summary speaks the console's language, the
 * response leaves the map, the task events are closed or handed over, and the board's last buttons are reachable.
 * With {@code -Dgridcommand.screenshots=DIR} it writes the stand-down summary as PNGs into DIR.
 */
@ExtendWith(ApplicationExtension.class)
class CommanderJourneyTest {
    private static final String SCREENSHOTS = System.getProperty("gridcommand.screenshots");
    private static Database db;
    private static List<Area> areas;
    private static TileSource baseMap;
    private static ExecutorService background;
    private static final FloodScenario.TestClock CLOCK = new FloodScenario.TestClock();
    private Stage stage;
    private Console console;

    /** The console frame with the emergency and resources features, as the application wires them. */
    private record Console(ConsoleWindow window, MapWallModel map, MapWallView mapView, EmergencyFeature emergency,
                           ResourcesFeature resources, EventService events) {
        void dispose() {
            emergency.dispose();
            resources.dispose();
            window.dispose();
        }
    }

    @BeforeAll
    static void demoCity() throws Exception {
        Path dir = Files.createTempDirectory("gc-commander-");
        db = Database.open(TestDatabases.h2(dir));
        new DemoCityService(db, CLOCK).create(7L, DemoScale.SMALL, (step, fraction) -> { });
        areas = new CityService(db, CLOCK).areas();
        baseMap = new BaseMapRenderer(new BaseMapService(db).features());
        background = Executors.newFixedThreadPool(2);
        ConsoleFonts.load();
    }

    @AfterAll
    static void close() throws InterruptedException {
        background.shutdown();
        background.awaitTermination(10, TimeUnit.SECONDS);
        db.close();
    }

    @Start
    void start(Stage primary) {
        // TestFX's own window stays small and out of the way; each journey opens a console window of its size
        primary.setScene(new Scene(new Label(), 10, 10));
        primary.show();
    }

    @AfterEach
    void closeConsole(FxRobot robot) {
        if (console != null) {
            robot.interact(() -> {
                console.dispose();
                stage.close();
            });
        }
    }

    static Stream<Arguments> screens() {
        return Stream.of(Arguments.of("zh", 1920, 1080), Arguments.of("en", 1366, 768),
                Arguments.of("zh", 1366, 768), Arguments.of("en", 1920, 1080));
    }

    @ParameterizedTest(name = "{0} at {1}×{2}")
    @MethodSource("screens")
    void the_commander_activates_raises_the_level_commits_and_stands_down(String lang, int width, int height,
                                                                          FxRobot robot) throws Exception {
        boolean zh = lang.equals("zh");
        robot.interact(() -> console = open(Messages.localeFor(lang), width, height));
        ActivationBoardModel board = console.emergency().board();
        robot.clickOn("#emergency-tab");

        // the commander picks a flood plan and a community, level IV, and presses F9
        ListView<Plan> plans = robot.lookup("#plan-list").queryListView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !plans.getItems().isEmpty());
        Area community = areas.stream().filter(a -> a.getLevel() == AreaLevel.COMMUNITY).findFirst().orElseThrow();
        robot.interact(() -> {
            plans.getItems().stream().filter(p -> p.getType() == EmergencyType.FLOOD).findFirst()
                    .ifPresent(plans.getSelectionModel()::select);
            TreeView<?> tree = robot.lookup("#area-tree").queryAs(TreeView.class);
            tree.requestFocus();
            console.map().selectedAreaProperty().set(community);
        });
        click(robot, "#level-IV");
        robot.press(KeyCode.F9).release(KeyCode.F9);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> board.stageProperty().get()
                == ActivationBoardModel.Stage.PROPOSED && !board.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(board.proposalProperty().get().level()).isEqualTo(ResponseLevel.IV);
        Proposal atFour = board.proposalProperty().get();

        // level II: the board re-proposes at once. While the database is slow to answer (both background
        // threads held), the IV proposal is still on the board but says it no longer applies, and neither the
        // button nor Enter commits it
        CountDownLatch slowDatabase = new CountDownLatch(1);
        holdBackground(slowDatabase);
        click(robot, "#level-II");
        assertThat(board.proposalProperty().get().level()).isEqualTo(ResponseLevel.IV);
        assertThat(board.staleProperty().get()).isTrue();
        assertThat(robot.lookup("#board-banner").queryAs(Label.class)).satisfies(banner -> {
            assertThat(banner.isVisible()).isTrue();
            assertThat(banner.getText()).isEqualTo(zh ? "方案与当前选择不符，正在重新计算，计算完成前不能下达"
                    : "This proposal does not match the current choice; it is being worked out again and cannot be "
                    + "committed until then");
        });
        assertThat(robot.lookup("#board-commit").queryButton().isDisabled()).isTrue();
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        robot.interact(board::commit); // what Enter does when the focus is on the board
        assertThat(board.stageProperty().get()).isEqualTo(ActivationBoardModel.Stage.PROPOSED);
        slowDatabase.countDown();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> board.proposalProperty().get().level()
                == ResponseLevel.II && !board.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents(); // the board finishes showing the proposal in the same FX turn
        assertThat(board.proposalProperty().get()).as("worked out again for level II").isNotSameAs(atFour);
        assertThat(board.proposalProperty().get().request().level()).isEqualTo(ResponseLevel.II);
        assertThat(text(robot, ".board-heading")).contains(zh ? "Ⅱ级响应" : "level II");
        assertThat(robot.lookup("#board-banner").queryAs(Label.class).isVisible()).isFalse();
        assertThat(robot.lookup("#board-commit").queryButton().isDisabled()).isFalse();
        assertThat(countActivations()).as("nothing was committed while the proposal was stale").isZero();
        reachable(robot, width, height, "#board-commit", "#board-discard");

        click(robot, "#board-commit");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> board.stageProperty().get()
                == ActivationBoardModel.Stage.ACTIVE && !board.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(board.activationProperty().get().getLevel()).isEqualTo(ResponseLevel.II);
        assertThat(board.pictureProperty().get()).as("the response on the map").isNotNull();
        List<Long> taskEvents = board.lines().stream().filter(l -> l.kind() == LineKind.TASK)
                .map(BoardLine::eventId).toList();
        assertThat(taskEvents).isNotEmpty().doesNotContainNull();
        reachable(robot, width, height, "#board-advance", "#board-level-up", "#board-level-down", "#board-cap",
                "#board-stand-down");
        TableView<BoardLine> lines = robot.lookup("#board-lines").queryTableView();
        assertThat(visibleTexts(lines)).noneMatch(t -> t.matches(".*\\b[A-Z]+_[A-Z_]+\\b.*"));

        // two hours later the commander stands down: asked first, with what goes back
        CLOCK.advance(Duration.ofMinutes(125));
        click(robot, "#board-stand-down");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#stand-down-confirm").tryQuery()
                .map(n -> n.isVisible()).orElse(false) && !board.busyProperty().get());
        assertThat(board.activationProperty().get().getStoodDownAt()).isNull();
        assertThat(text(robot, ".stand-down-title")).contains(zh ? "Ⅱ级响应" : "level II response");
        String releasing = text(robot, "#stand-down-releasing");
        assertThat(releasing).doesNotContain("SANDBAG", "FIRST_AID");
        if (zh) {
            assertThat(releasing).startsWith("将归还仓库：");
        } else {
            assertThat(releasing).startsWith("Will go back to the warehouses:").doesNotContainPattern("\\p{IsHan}");
            // counted in proper English: "1 team (12 people)", never "1 teams"
            List<BoardEntry> freed = List.copyOf(board.standDownModel().freed());
            long teams = freed.stream().filter(e -> e.line().getKind() == LineKind.TEAM).count();
            long experts = freed.stream().filter(e -> e.line().getKind() == LineKind.EXPERT).count();
            assertThat(releasing).contains(teams == 1 ? "1 team (" : teams + " teams (")
                    .contains(experts == 1 ? "1 expert." : experts + " experts.")
                    .doesNotContainPattern("\\b1 (teams|experts|people)\\b");
        }
        reachable(robot, width, height, "#stand-down-confirm", "#stand-down-back");
        // the first supply line: 10 used up
        BoardEntry firstSupply = board.standDownModel().items().get(0).entry();
        Spinner<?> used = robot.lookup("#stand-down-items .spinner").queryAs(Spinner.class);
        reach(robot, used);
        robot.clickOn(used.getEditor()).eraseText(used.getEditor().getText().length()).write("10")
                .type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> Integer.valueOf(10).equals(used.getValue()));
        click(robot, "#stand-down-confirm");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> board.stageProperty().get()
                == ActivationBoardModel.Stage.STOOD_DOWN && !board.busyProperty().get());
        WaitForAsyncUtils.waitForFxEvents();

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !text(robot, "#board-summary").isEmpty());
        String summary = text(robot, "#board-summary");
        String plan = board.activationProperty().get().getPlanName();
        assertThat(summary).doesNotContain("SANDBAG", "FIRST_AID", "{", "=");
        if (zh) {
            assertThat(summary).contains("Ⅱ级响应，历时 2 小时 5 分").contains("消耗物资（已出库）：")
                    .contains(" 10").contains("归还仓库：").doesNotContain("完成 0 项，随");
        } else {
            assertThat(summary.replace(plan, "")).contains("level II response, lasted 2 h 5 min")
                    .contains("Used up (booked out): 10 ").doesNotContainPattern("\\p{IsHan}");
        }
        assertThat(board.pictureProperty().get()).as("the response left the map").isNull();
        StockBook stockBook = SignedIn.commander(db, CLOCK).resources().stock();
        long activationId = board.activationProperty().get().getId();
        assertThat(stockBook.ledger(stockBook.warehouse(firstSupply.code()).id(), 100))
                .as("what was used is booked out of its warehouse; the rest goes back")
                .filteredOn(l -> Long.valueOf(activationId).equals(l.activationId())
                        && l.itemCode().equals(firstSupply.itemCode()))
                .extracting(StockBook.LedgerLine::kind, StockBook.LedgerLine::quantity)
                .contains(tuple(MovementKind.CONSUMED, 10),
                        tuple(MovementKind.RELEASED, firstSupply.line().getQuantity() - 10));
        assertThat(taskEvents.stream().map(console.events()::find))
                .allSatisfy(e -> assertThat(!e.getState().isOpen() || board.lines().stream()
                        .anyMatch(l -> e.getId() == (l.eventId() == null ? -1 : l.eventId()) && l.handedOver()))
                        .as("closed or handed to its unit: " + e.getNumber()).isTrue());
        if (SCREENSHOTS != null && width == 1920) {
            // the base map's tiles are read on the map's own threads: the picture waits until they are all in
            WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> console.mapView().settled());
            WaitForAsyncUtils.waitForFxEvents(3);
            Path out = Path.of(SCREENSHOTS).resolve(zh ? "stand-down.png" : "stand-down-en.png");
            robot.interact(() -> Screenshots.write(stage.getScene(), out));
        }

        // 导出 CAP and 关闭看板 are on screen at this size
        reachable(robot, width, height, "#board-cap-after", "#board-close");
        click(robot, "#board-close");
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> board.stageProperty().get()
                == ActivationBoardModel.Stage.EMPTY);
    }

    /** Keeps both background threads busy until {@code release}: a database slow to answer. */
    private static void holdBackground(CountDownLatch release) throws InterruptedException {
        CountDownLatch held = new CountDownLatch(2);
        for (int i = 0; i < 2; i++) {
            background.execute(() -> {
                held.countDown();
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
        }
        assertThat(held.await(10, TimeUnit.SECONDS)).isTrue();
    }

    /** Responses committed and still running in the city. */
    private static long countActivations() {
        return db.transact(s -> s.createSelectionQuery("select count(a) from Activation a where a.stoodDownAt is null",
                Long.class).getSingleResult());
    }

    private Console open(Locale locale, int width, int height) {
        Messages messages = new Messages(locale);
        BackgroundTasks tasks = BackgroundTasks.withFxThread(background);
        CityService city = new CityService(db, CLOCK);
        ConsoleModel model = new ConsoleModel(city, CLOCK, CLOCK.getZone(), tasks, "指挥长 王", "journey.mv.db");
        MapWallModel map = new MapWallModel();
        map.tileSourceProperty().set(baseMap); // the city's own base map, as the console draws it
        MapWallView mapView = new MapWallView(map);
        ConsoleWindow window = new ConsoleWindow(model, map, mapView, messages, "明湖区");
        window.showAreas(areas);
        EventService events = new EventService(db, CLOCK);
        Backend backend = SignedIn.commander(db, CLOCK);
        EmergencyFeature emergency = new EmergencyFeature(backend, tasks, messages, CLOCK, "指挥长 王", map, mapView,
                window.featurePanels());
        ResourcesFeature resources = new ResourcesFeature(backend.resources(), tasks, messages, map,
                mapView, window.featurePanels(), CLOCK.getZone(), "指挥长 王");
        window.widenWhenShown(emergency.tab());
        window.widenWhenShown(resources.tab());
        Scene scene = new Scene(window, width, height);
        scene.getStylesheets().add(MapWallView.class.getResource("/org/gridcommand/ui/console.css")
                .toExternalForm());
        // a window of its own at the size under test, without decorations: the headless screen is 1920×1080 and a
        // window larger than the screen cannot be painted
        stage = new Stage(StageStyle.UNDECORATED);
        stage.setScene(scene);
        stage.setX(0);
        stage.setY(0);
        stage.show();
        stage.toFront();
        return new Console(window, map, mapView, emergency, resources, events);
    }

    /** As a commander would: scrolls the node into view if it is below the fold, then clicks it. */
    private static void click(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        reach(robot, node);
        robot.clickOn(node);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void reach(FxRobot robot, Node node) {
        robot.interact(() -> Screenshots.scrollIntoView(node));
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Each of the board's buttons can be brought wholly on screen at this size (scrolling the tab if needed). */
    private static void reachable(FxRobot robot, int width, int height, String... ids) {
        for (String id : ids) {
            assertThat(onScreen(robot, id, width, height)).as(id + " reachable at " + width + "×" + height).isTrue();
        }
    }

    /** The node lies wholly inside the window and inside every scroll view around it, after scrolling to it. */
    private static boolean onScreen(FxRobot robot, String query, int width, int height) {
        Node node = robot.lookup(query).query();
        reach(robot, node);
        return Screenshots.visibleIn(node, width, height);
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static List<String> visibleTexts(TableView<?> table) {
        return table.lookupAll(".table-cell").stream().filter(n -> n instanceof Labeled)
                .map(n -> ((Labeled) n).getText()).filter(t -> t != null && !t.isBlank())
                .toList();
    }
}
