package org.gridcommand.ui.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Labeled;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import org.gridcommand.demo.DemoCityService;
import org.gridcommand.demo.DemoScale;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.emergency.MovementKind;
import org.gridcommand.service.city.CityService;
import org.gridcommand.service.emergency.FloodScenario;
import org.gridcommand.service.resources.ResourceService;
import org.gridcommand.service.resources.StockBook.LedgerLine;
import org.gridcommand.service.resources.StockBook.StockLine;
import org.gridcommand.service.resources.StockBook.WarehouseRef;
import org.gridcommand.store.Database;
import org.gridcommand.store.TestDatabases;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.ConsoleFonts;
import org.gridcommand.ui.common.Messages;
import org.gridcommand.ui.common.Screenshots;
import org.gridcommand.ui.mapwall.MapWallModel;
import org.gridcommand.ui.mapwall.MapWallView;
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
 * The warehouse keeper's shift at the console, on a (small) demo city in real H2, in Chinese at 1920×1080 and in
 * English at 1366×768: the Resources tab's stock book, a warehouse, a delivery received, an issue (more than is free
 * is not offered), a stock take that finds five missing, and the ledger saying all of it in the console's words.
 * With {@code -Dgridcommand.screenshots=DIR} it writes the stock book as PNGs into DIR.
 */
@ExtendWith(ApplicationExtension.class)
class WarehouseKeeperJourneyTest {
    private static final String SCREENSHOTS = System.getProperty("gridcommand.screenshots");
    private static final FloodScenario.TestClock CLOCK = new FloodScenario.TestClock();
    private static Database db;
    private static List<Area> areas;
    private static ExecutorService background;
    private Stage stage;
    private ConsoleWindow window;
    private ResourcesFeature resources;

    @BeforeAll
    static void demoCity() throws Exception {
        Path dir = Files.createTempDirectory("gc-keeper-");
        db = Database.open(TestDatabases.h2(dir));
        new DemoCityService(db, CLOCK).create(11L, DemoScale.SMALL, (step, fraction) -> { });
        areas = new CityService(db, CLOCK).areas();
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
        primary.setScene(new Scene(new Label(), 10, 10));
        primary.show();
    }

    @AfterEach
    void closeConsole(FxRobot robot) {
        if (window != null) {
            robot.interact(() -> {
                resources.dispose();
                window.dispose();
                stage.close();
            });
        }
    }

    static Stream<Arguments> screens() {
        return Stream.of(Arguments.of("zh", 1920, 1080), Arguments.of("en", 1366, 768));
    }

    @ParameterizedTest(name = "{0} at {1}×{2}")
    @MethodSource("screens")
    void the_keeper_receives_issues_counts_and_reads_the_ledger(String lang, int width, int height, FxRobot robot)
            throws Exception {
        boolean zh = lang.equals("zh");
        robot.interact(() -> open(Messages.localeFor(lang), width, height));
        StockBookModel desk = resources.stockBook();

        // the Resources tab, its stock book, a warehouse that holds something; the side panel keeps its width
        double sidePanel = window.featurePanels().getWidth();
        robot.clickOn("#resources-tab");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.featurePanels().getWidth()).as("the side panel's width with the Resources tab")
                .isCloseTo(sidePanel, within(1.0)).isLessThan(width * 0.25);
        robot.interact(() -> {
            Tab book = robot.lookup("#resources-panel").queryAs(Node.class).lookupAll(".tab-pane").stream()
                    .map(n -> (TabPane) n).flatMap(p -> p.getTabs().stream())
                    .filter(t -> "stock-book-tab".equals(t.getId())).findFirst().orElseThrow();
            book.getTabPane().getSelectionModel().select(book);
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> !desk.warehouses().isEmpty());
        WarehouseRef warehouse = desk.warehouses().get(0);
        ComboBox<?> pick = robot.lookup("#book-warehouse").queryComboBox();
        robot.clickOn(pick);
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").nth(0).queryAs(Node.class));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> warehouse.equals(desk.warehouseProperty().get())
                && !desk.stock().isEmpty());
        TableView<StockLine> stock = robot.lookup("#book-stock").queryTableView();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> !visibleTexts(stock).isEmpty()); // drawn on a pulse
        assertThat(stock.getWidth()).isLessThanOrEqualTo(window.featurePanels().getWidth());
        assertThat(stock.getColumns()).as("columns keep their width; the table scrolls instead of cutting them")
                .allSatisfy(c -> assertThat(c.getWidth()).isGreaterThanOrEqualTo(c.getPrefWidth() - 0.5));
        assertThat(visibleTexts(stock)).as("items by name, in the console's language").isNotEmpty()
                .noneMatch(t -> rawCode(t, desk))
                .allMatch(t -> zh || !t.matches(".*\\p{IsHan}.*"));

        // the first line of the warehouse: chosen by clicking it
        StockLine line = stock.getItems().get(0);
        robot.clickOn(robot.lookup("#book-stock .table-row-cell").nth(0).queryAs(Node.class));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> desk.itemProperty().get() != null
                && desk.itemProperty().get().code().equals(line.itemCode()));
        String item = desk.words().item(line.itemCode(), line.itemName());

        // a delivery of 400
        type(robot, "#book-quantity", "400");
        type(robot, "#book-reason", zh ? "区应急局调拨" : "from the district store");
        click(robot, "#book-receive", width, height);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(robot, "#book-message").startsWith(zh ? "已入库"
                : "Received"));
        int onBook = line.quantity() + 400;
        String received = text(robot, "#book-message");
        assertThat(received).isEqualTo(zh
                ? "已入库：" + item + " 400" + line.measureUnit() + "。现账面 " + onBook + "，可出库 "
                        + (onBook - line.reserved()) + "。"
                : String.format(Locale.ENGLISH, "Received: 400 %s. Now %,d on the book, %,d free.", item, onBook,
                        onBook - line.reserved()));

        // more than is free is not offered; what is free is said beside it
        int free = onBook - line.reserved();
        type(robot, "#book-quantity", Integer.toString(free + 1));
        type(robot, "#book-reason", zh ? "社区领用" : "for the community");
        assertThat(robot.lookup("#book-issue").queryButton().isDisabled()).isTrue();
        assertThat(text(robot, "#book-free")).contains(zh ? "可出库 " + free
                : String.format(Locale.ENGLISH, "%,d free to issue", free));
        type(robot, "#book-quantity", "100");
        click(robot, "#book-issue", width, height);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(robot, "#book-message").startsWith(zh ? "已出库"
                : "Issued"));
        onBook -= 100;

        // the stock take: five fewer on the shelf than on the book
        type(robot, "#book-counted", Integer.toString(onBook - 5));
        click(robot, "#book-count", width, height);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(robot, "#book-message").startsWith(zh
                ? "盘点已记账" : "Count booked"));
        int counted = onBook - 5;
        assertThat(text(robot, "#book-message")).isEqualTo(zh
                ? "盘点已记账：" + item + " 实盘 " + counted + "，比账面少 5" + line.measureUnit() + "（盘亏）。"
                : String.format(Locale.ENGLISH, "Count booked: %,d %s counted, 5 fewer than the book (count −).",
                        counted, item));
        assertThat(desk.stock()).filteredOn(l -> l.itemCode().equals(line.itemCode())).singleElement()
                .satisfies(l -> assertThat(l.quantity()).isEqualTo(counted));

        // the ledger, newest first: the count, the issue, the delivery, each with the balance after it
        TableView<LedgerLine> ledger = robot.lookup("#book-ledger").queryTableView();
        assertThat(ledger.getItems()).extracting(LedgerLine::kind, LedgerLine::quantity, LedgerLine::balanceAfter)
                .startsWith(tuple(MovementKind.COUNT_DOWN, 5, counted),
                        tuple(MovementKind.OUT, 100, onBook),
                        tuple(MovementKind.IN, 400, onBook + 100));
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> visibleTexts(ledger).contains(zh ? "盘亏" : "count −"));
        List<String> shown = visibleTexts(ledger);
        assertThat(shown).contains(zh ? "盘亏" : "count −", zh ? "出库" : "out", zh ? "入库" : "in")
                .noneMatch(t -> rawCode(t, desk));
        assertThat(shown).filteredOn(t -> t.contains(zh ? "社区领用" : "for the community")).isNotEmpty();
        if (SCREENSHOTS != null) {
            Path out = Path.of(SCREENSHOTS).resolve(zh ? "stock-book.png" : "stock-book-en.png");
            robot.interact(() -> Screenshots.write(stage.getScene(), out));
        }
    }

    private void open(Locale locale, int width, int height) {
        Messages messages = new Messages(locale);
        BackgroundTasks tasks = BackgroundTasks.withFxThread(background);
        ConsoleModel model = new ConsoleModel(new CityService(db, CLOCK), CLOCK, CLOCK.getZone(), tasks, "库管员 刘",
                "keeper.mv.db");
        MapWallModel map = new MapWallModel();
        MapWallView mapView = new MapWallView(map);
        window = new ConsoleWindow(model, map, mapView, messages, "明湖区");
        window.showAreas(areas);
        resources = new ResourcesFeature(new ResourceService(db, CLOCK), tasks, messages, map, mapView,
                window.featurePanels(), CLOCK.getZone(), locale.getLanguage().equals("en") ? "keeper Liu" : "库管员 刘");
        Scene scene = new Scene(window, width, height);
        scene.getStylesheets().add(MapWallView.class.getResource("/org/gridcommand/ui/console.css").toExternalForm());
        stage = new Stage(StageStyle.UNDECORATED);
        stage.setScene(scene);
        stage.setX(0);
        stage.setY(0);
        stage.show();
        stage.toFront();
    }

    /** Types into a field as the keeper does: select what is there, type over it. */
    private static void type(FxRobot robot, String query, String text) {
        Node field = robot.lookup(query).query();
        robot.clickOn(field);
        robot.interact(() -> ((TextField) field).selectAll());
        robot.write(text);
        WaitForAsyncUtils.waitForFxEvents();
    }

    /** Clicks a button that must be whole on screen at this size. */
    private static void click(FxRobot robot, String query, int width, int height) {
        Button button = robot.lookup(query).queryButton();
        robot.interact(() -> Screenshots.scrollIntoView(button));
        assertThat(Screenshots.visibleIn(button, width, height)).as(query + " reachable at " + width + "×" + height)
                .isTrue();
        assertThat(button.isDisabled()).as(query + " offered").isFalse();
        robot.clickOn(button);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Labeled.class).getText();
    }

    /** An item code (SANDBAG) or an enum-like word (COUNT_DOWN) where a name belongs. */
    private static boolean rawCode(String text, StockBookModel desk) {
        return text.matches(".*\\b[A-Z]+_[A-Z_]+\\b.*")
                || desk.stock().stream().anyMatch(l -> text.matches(".*\\b" + l.itemCode() + "\\b.*"));
    }

    private static List<String> visibleTexts(TableView<?> table) {
        return table.lookupAll(".table-cell").stream().filter(n -> n instanceof Labeled)
                .map(n -> ((Labeled) n).getText()).filter(t -> t != null && !t.isBlank()).toList();
    }
}
