package org.gridcommand.ui.drill;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.domain.drill.DrillBoard;
import org.gridcommand.domain.drill.Scenario;
import org.gridcommand.domain.time.ConsoleClock;
import org.gridcommand.service.Backend;
import org.gridcommand.demo.DemoCityService;
import org.gridcommand.demo.DemoScale;
import org.gridcommand.service.drill.ConsoleDrill;
import org.gridcommand.service.drill.ScenarioLoad;
import org.gridcommand.service.event.EventService;
import org.gridcommand.store.Database;
import org.gridcommand.store.DatabaseLocation;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A trainer drives a drill from the controller view on a real drill copy: starts the clock, jumps to the next
 * inject and sees it delivered, sees a duty officer's registration turn the expected action met and appear among
 * the players' steps, pauses for discussion (the clock stands still) and resumes, and is told plainly when an
 * ad-hoc inject names a grid the city does not have.
 */
@ExtendWith(ApplicationExtension.class)
class DrillControllerViewTest {
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    @TempDir
    Path dir;
    private Stage stage;
    private Backend live;
    private ConsoleDrill drill;
    private DrillControllerModel model;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @AfterEach
    void close() throws Exception {
        if (model != null) {
            Platform.runLater(model::close);
        }
        if (drill != null) {
            drill.end(false);
        }
        if (live != null) {
            live.close();
        }
        background.shutdown();
        background.awaitTermination(10, TimeUnit.SECONDS);
    }

    @Test
    void the_trainer_jumps_to_an_inject_sees_it_met_and_pauses_for_discussion(FxRobot robot) throws Exception {
        String spec = dir.resolve("city").toString();
        try (Database db = Database.open(DatabaseLocation.parse(spec, null, null))) {
            new DemoCityService(db, Clock.systemUTC()).create(7L, DemoScale.SMALL, (s, f) -> { });
        }
        live = Backend.open(spec, null, null, Clock.systemUTC());
        String grid = live.city().areas().stream().filter(a -> a.getLevel() == AreaLevel.GRID).map(Area::getCode)
                .sorted().findFirst().orElseThrow();
        drill = ConsoleDrill.start(live, scenario(grid), new ConsoleClock(Clock.systemUTC(),
                ZoneId.of("Asia/Shanghai")));
        Messages words = DrillFeatureWords.of(new Messages(Locale.SIMPLIFIED_CHINESE));
        robot.interact(() -> {
            model = new DrillControllerModel(drill, new BackgroundTasks(background, Platform::runLater), words);
            stage.setScene(new Scene(new DrillControllerView(model, words, () -> { }), 1280, 760));
            stage.show();
            model.open();
        });
        waitForText(robot, "#drill-state", "未开始");
        assertThat(robot.lookup("#drill-next").queryButton().isDisabled()).as("nothing to jump before the start")
                .isTrue();

        robot.clickOn("#drill-start");
        waitForText(robot, "#drill-state", "运行中");
        robot.clickOn("#drill-next");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> cell(robot, "#drill-injects", 0, 6).equals("已送达"));
        assertThat(cell(robot, "#drill-injects", 1, 6)).isEqualTo("待送达");
        assertThat(text(robot, "#drill-clock")).startsWith("T+00:05");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> cell(robot, "#drill-expected", 0, 6).equals("待完成"));

        // a duty officer registers the reported event at the players' console (on the drill copy)
        long event = model.boardProperty().get().injects().get(0).event();
        EventService events = drill.services().systemEvents();
        events.register(event, events.find(event).getVersion(), "E040101", "值班员甲", null);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> cell(robot, "#drill-expected", 0, 6).equals("已达成"));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#drill-steps")
                .queryAs(ListView.class).getItems().stream().anyMatch(s -> s.toString().contains("值班员甲  立案")));

        robot.clickOn("#drill-pause");
        waitForText(robot, "#drill-state", "已暂停");
        String stood = text(robot, "#drill-clock");
        Thread.sleep(2500);
        assertThat(text(robot, "#drill-clock")).as("the clock stands still while paused").isEqualTo(stood);
        robot.clickOn("#drill-resume");
        waitForText(robot, "#drill-state", "运行中");

        robot.clickOn("#adhoc-grid").write("NO-SUCH-GRID");
        robot.clickOn("#adhoc-content").write("临时：路面塌陷");
        robot.clickOn("#adhoc-send");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#drill-problem")
                .equals("演练城市中没有网格 NO-SUCH-GRID；请填写一个存在的网格编码（地图上点选网格可看到编码）。"));
        DrillBoard board = model.boardProperty().get();
        assertThat(board.injects()).as("nothing delivered from a wrong form").hasSize(2);
    }

    private static void waitForText(FxRobot robot, String id, String expected) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> text(robot, id).equals(expected));
    }

    private static String text(FxRobot robot, String id) {
        return robot.lookup(id).queryAs(Label.class).getText();
    }

    private static String cell(FxRobot robot, String table, int row, int column) {
        TableView<?> t = robot.lookup(table).queryAs(TableView.class);
        if (t.getItems().size() <= row) {
            return "";
        }
        Object value = t.getColumns().get(column).getCellData(row);
        return value == null ? "" : value.toString();
    }

    private Scenario scenario(String grid) throws Exception {
        Path file = dir.resolve("console.yaml");
        Files.writeString(file, """
                name: 控制台演练
                start: 2026-07-12T23:00:00+08:00
                objectives:
                  - {id: O1, title: 接报处置, capability: 运行协调, targets: [15 分钟内立案]}
                injects:
                  - number: 1
                    at: T+00:05
                    type: event_report
                    originator: 12345 市民来电
                    player_role: duty_officer
                    content: 下穿通道积水
                    location: {grid: "%1$s"}
                    expected:
                      - {id: 1a, action: register_event, objective: O1, deadline: T+00:20, points: 10}
                  - number: 2
                    at: T+00:10
                    type: message
                    player_role: commander
                    content: 气象台发布暴雨红色预警
                """.formatted(grid));
        ScenarioLoad load = live.scenarioValidation().validate(file);
        assertThat(load.problems()).isEmpty();
        return load.scenario();
    }
}
