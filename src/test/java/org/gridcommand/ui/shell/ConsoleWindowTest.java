package org.gridcommand.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.animation.PauseTransition;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.stage.Stage;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.EventAction;
import org.gridcommand.domain.event.EventStateMachine;
import org.gridcommand.domain.event.Urgency;
import org.gridcommand.geo.Wgs84;
import org.gridcommand.service.city.CityService;
import org.gridcommand.store.Database;
import org.gridcommand.store.TestDatabases;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;
import org.gridcommand.ui.mapwall.MapWallModel;
import org.gridcommand.ui.mapwall.MapWallView;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The console frame on a real embedded database with a tiny city: status bar, tree and details work together. */
@ExtendWith(ApplicationExtension.class)
class ConsoleWindowTest {
    private static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");
    private static Database db;
    private static ExecutorService background;
    private static List<Area> areas;
    private ConsoleWindow window;
    private ConsoleModel model;
    private MapWallModel map;
    private CountingClock clock;
    private final AtomicInteger backgroundCalls = new AtomicInteger();

    @BeforeAll
    static void openDatabase() throws Exception {
        Path dir = Files.createTempDirectory("gc-shell-");
        db = Database.open(TestDatabases.h2(dir));
        areas = tinyCity(db);
        background = Executors.newSingleThreadExecutor();
    }

    @Start
    void start(Stage stage) {
        Clock fixed = Clock.fixed(NOW, ZoneId.of("Asia/Shanghai"));
        clock = new CountingClock(fixed);
        BackgroundTasks tasks = BackgroundTasks.withFxThread(work -> {
            backgroundCalls.incrementAndGet();
            background.execute(work);
        });
        CityService city = new CityService(db, fixed);
        Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
        model = new ConsoleModel(city, clock, clock.getZone(), tasks, "值班员 测试", "test.mv.db");
        map = new MapWallModel();
        window = new ConsoleWindow(model, map, new MapWallView(map), messages, "测试区");
        window.showAreas(areas);
        stage.setScene(new Scene(window, 1400, 900));
        stage.show();
    }

    @Test
    void a_click_on_the_map_limits_the_event_lists_only_on_the_tab_that_asks_for_it(FxRobot robot) {
        Tab events = new Tab("事件");
        Tab resources = new Tab("资源");
        robot.interact(() -> {
            window.featurePanels().getTabs().addAll(events, resources);
            window.scopeByClicksWhenShown(events);
            window.featurePanels().getSelectionModel().select(resources);
        });
        assertThat(map.clickScopesProperty().get()).as("on the resources tab a click picks a place only").isFalse();
        robot.interact(() -> window.featurePanels().getSelectionModel().select(events));
        assertThat(map.clickScopesProperty().get()).isTrue();
    }

    @AfterEach
    void closeWindow(FxRobot robot) {
        // the console's timers keep calling the services: a window left open outlives this test class
        robot.interact(() -> window.dispose());
    }

    @AfterAll
    static void closeDatabase() throws InterruptedException {
        background.shutdown();
        background.awaitTermination(5, TimeUnit.SECONDS);
        db.close();
    }

    @Test
    void the_status_bar_shows_the_clock_and_the_open_and_overdue_counts(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#status-overdue").queryAs(Label.class).getText().equals("超期 1"));
        assertThat(robot.lookup("#status-open").queryAs(Label.class).getText()).isEqualTo("在办 2");
        assertThat(robot.lookup("#status-clock").queryAs(Label.class).getText()).isEqualTo("2026-11-24 10:00:00");
    }

    @Test
    @SuppressWarnings("unchecked")
    void choosing_a_grid_in_the_tree_shows_its_details(FxRobot robot) throws Exception {
        TreeView<Area> tree = robot.lookup("#area-tree").queryAs(TreeView.class);
        assertThat(tree.getRoot().getValue().getName()).isEqualTo("测试区");
        robot.interact(() -> {
            TreeItem<Area> street = tree.getRoot().getChildren().get(0);
            street.setExpanded(true);
            tree.getSelectionModel().select(street.getChildren().get(0));
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".fact-value").queryAllAs(Label.class)
                .stream().map(Label::getText).toList().containsAll(List.of("G01", "420")));
        assertThat(robot.lookup(".details-heading").queryAs(Label.class).getText()).isEqualTo("一号网格");
        assertThat(robot.lookup(".details-path").queryAs(Label.class).getText()).isEqualTo("测试区 › 东街道");
    }

    @Test
    void closing_the_window_stops_its_timers_and_no_longer_follows_the_map_or_the_selection(FxRobot robot)
            throws Exception {
        // open: the clock ticks every second, a click on the map selects the area, a selection loads its summary
        int readsBefore = clock.reads.get();
        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, () -> clock.reads.get() > readsBefore);
        robot.interact(() -> map.selectedAreaProperty().set(areas.get(2)));
        assertThat(model.selectedAreaProperty().get()).isEqualTo(areas.get(2));
        assertThat(fx(() -> window.timersRunning())).isTrue();

        robot.interact(() -> window.dispose());
        int readsAtClose = clock.reads.get();
        int backgroundAtClose = backgroundCalls.get();
        robot.interact(() -> map.selectedAreaProperty().set(areas.get(3)));
        robot.interact(() -> model.selectedAreaProperty().set(areas.get(3)));
        // more than two of the clock's one-second ticks pass on the FX thread's own timers
        AtomicBoolean ticksPassed = new AtomicBoolean();
        robot.interact(() -> {
            // two types named Duration here: this one is spelled out
            PauseTransition twoTicks = new PauseTransition(javafx.util.Duration.millis(2_500));
            twoTicks.setOnFinished(e -> ticksPassed.set(true));
            twoTicks.play();
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, ticksPassed::get);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(fx(() -> window.timersRunning())).as("clock and counts timers").isFalse();
        assertThat(clock.reads.get()).as("no tick after closing").isEqualTo(readsAtClose);
        assertThat(backgroundCalls.get()).as("no summary or count asked for after closing")
                .isEqualTo(backgroundAtClose);
        robot.interact(() -> map.selectedAreaProperty().set(areas.get(2)));
        assertThat(model.selectedAreaProperty().get()).as("the map's selection no longer reaches the closed window")
                .isEqualTo(areas.get(3));
        // a second dispose is harmless: views are disposed when a window closes, whatever happened before
        robot.interact(() -> window.dispose());
    }

    /** The application clock, counting how often the console reads it. */
    private static final class CountingClock extends Clock {
        private final Clock fixed;
        private final AtomicInteger reads = new AtomicInteger();

        CountingClock(Clock fixed) {
            this.fixed = fixed;
        }

        @Override
        public Instant instant() {
            reads.incrementAndGet();
            return fixed.instant();
        }

        @Override
        public ZoneId getZone() {
            return fixed.getZone();
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new CountingClock(fixed.withZone(zone));
        }
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }

    private static List<Area> tinyCity(Database db) {
        Area district = new Area(db.ids().next(), AreaLevel.DISTRICT, "D", "测试区", null, 840, box(0, 0, 2, 1));
        Area street = new Area(db.ids().next(), AreaLevel.STREET, "S1", "东街道", district.getId(), 840, box(0, 0, 2, 1));
        Area g1 = new Area(db.ids().next(), AreaLevel.GRID, "G01", "一号网格", street.getId(), 420, box(0, 0, 1, 1));
        Area g2 = new Area(db.ids().next(), AreaLevel.GRID, "G02", "二号网格", street.getId(), 420, box(1, 0, 2, 1));
        EventStateMachine machine = new EventStateMachine();
        db.transact(s -> {
            for (Area a : List.of(district, street, g1, g2)) {
                s.persist(a);
            }
            Event late = new Event(db.ids().next(), "SJ-1", "井盖缺失", null, Channel.GRID_WORKER, null, Urgency.URGENT,
                    Wgs84.point(120.005, 30.005), null, NOW.minus(Duration.ofDays(2)));
            late.apply(machine, EventAction.REGISTER, null, NOW.minus(Duration.ofDays(2)));
            late.locate(null, g1.getId(), null, street.getId());
            late.setDeadlines(null, NOW.minus(Duration.ofHours(1)));
            Event fresh = new Event(db.ids().next(), "SJ-2", "占道经营", null, Channel.HOTLINE, null, Urgency.NORMAL,
                    Wgs84.point(120.015, 30.005), null, NOW);
            fresh.setDeadlines(null, NOW.plus(Duration.ofHours(4)));
            s.persist(late);
            s.persist(fresh);
            return null;
        });
        return List.of(district, street, g1, g2);
    }

    private static Geometry box(double x0, double y0, double x1, double y1) {
        double s = 0.01;
        return Wgs84.FACTORY.toGeometry(new Envelope(120 + x0 * s, 120 + x1 * s,
                30 + y0 * s, 30 + y1 * s));
    }
}
