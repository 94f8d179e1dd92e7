package org.gridcommand.ui.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import javafx.scene.control.Labeled;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.Phrase;
import org.gridcommand.domain.event.Urgency;
import org.gridcommand.domain.plan.ResponseLevel;
import org.gridcommand.domain.triage.WaitingReport;
import org.gridcommand.service.event.IntakeReport;
import org.gridcommand.service.triage.TriageTown;
import org.gridcommand.store.TestDatabases;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * An English console's desk says everything the desk itself says in English: no Chinese word and no raw code in
 * its tab, status, headers, field names, buttons, hints and sentences. (Names from the city's data — report texts,
 * places, units, categories — stay as the city wrote them.)
 */
@ExtendWith(ApplicationExtension.class)
class TriageDeskInEnglishTest {
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern CODE = Pattern.compile("\\b[A-Z]{2,}(_[A-Z]+)+\\b");
    private static final ExecutorService background = Executors.newSingleThreadExecutor();
    private Stage stage;
    private TriageTown town;
    private TriageConsole console;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void openConsole() throws Exception {
        WaitForAsyncUtils.autoCheckException = false; // no sound device here: see TriageDeskJourneyTest
        town = new TriageTown(TestDatabases.h2(Files.createTempDirectory("gc-triage-en-")));
        town.registered("E030202", "渣土车沿路遗撒", TriageTown.NEAR_G1);
        town.report(Channel.AI_CAMERA, "疑似道路遗撒", TriageTown.IN_G1, Urgency.CRITICAL);
        console = WaitForAsyncUtils.asyncFx(() -> new TriageConsole(stage, town, background, Locale.ENGLISH))
                .get(30, TimeUnit.SECONDS);
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(console::dispose).get();
        background.submit(() -> { }).get(10, TimeUnit.SECONDS);
        WaitForAsyncUtils.waitForFxEvents();
        background.submit(() -> { }).get(10, TimeUnit.SECONDS);
        town.close();
        WaitForAsyncUtils.clearExceptions();
        WaitForAsyncUtils.autoCheckException = true;
    }

    @AfterAll
    static void stopBackground() throws InterruptedException {
        background.shutdown();
        background.awaitTermination(5, TimeUnit.SECONDS);
    }

    @Test
    void the_desk_speaks_english_only_in_its_own_words(FxRobot robot) throws Exception {
        robot.type(KeyCode.F2);
        TableView<WaitingReport> list = robot.lookup("#triage-list").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#triage-duplicates").tryQuery()
                .isPresent());
        robot.clickOn("#category-search").write("dlys").type(KeyCode.ENTER);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#triage-proposal").queryLabeled()
                .getText().startsWith("Proposed: lead "));
        WaitForAsyncUtils.waitForFxEvents();

        List<String> own = new ArrayList<>();
        own.add(tabTitle(robot));
        own.add(robot.lookup("#status-triage").queryLabeled().getText());
        own.add(robot.lookup("#triage-count").queryLabeled().getText());
        own.add(robot.lookup("#triage-acknowledge").queryButton().getText());
        for (String id : List.of("#triage-register", "#triage-register-dispatch", "#triage-cancel")) {
            own.add(robot.lookup(id).queryButton().getText());
        }
        list.getColumns().forEach(c -> own.add(c.getText()));
        own.add(list.getItems().get(0).urgency() == Urgency.CRITICAL ? cellText(robot, ".triage-chip") : "");
        robot.lookup(".fact-name").queryAllAs(Labeled.class).forEach(l -> own.add(l.getText()));
        robot.lookup(".triage-section").queryAllAs(Labeled.class).forEach(l -> own.add(l.getText()));
        robot.lookup(".triage-hint").queryAllAs(Labeled.class).forEach(l -> own.add(l.getText()));
        robot.lookup(".merge-button").queryAllAs(Labeled.class).forEach(l -> own.add(l.getText()));
        own.add(robot.lookup("#category-search").queryAs(TextField.class).getPromptText());
        String proposal = robot.lookup("#triage-proposal").queryLabeled().getText();
        own.add(proposal.replace("东湖街道城建板块", "").replace("幸福社区居委会", ""));
        String chosen = robot.lookup("#category-chosen").queryLabeled().getText();
        own.add(chosen.replace("施工管理 › 渣土 › 道路遗撒", ""));
        String alarm = robot.lookup("#triage-alarm-text").queryLabeled().getText();
        own.add(alarm.replaceAll("SJ\\d+-\\d+ 疑似道路遗撒", ""));

        assertThat(own).isNotEmpty().allSatisfy(t -> assertThat(t).doesNotContainPattern(HAN)
                .doesNotContainPattern(CODE));
        assertThat(own).contains("Register", "Register and dispatch", "Cancel report…", "Acknowledge alarm (Space)",
                "Urgency", "Source", "Critical");
        assertThat(proposal).contains("\nWhy: big case → street section with the community");
        assertThat(chosen).isEqualTo("Chosen item: 施工管理 › 渣土 › 道路遗撒 (E030202)");
        assertThat(tabTitle(robot)).isEqualTo("Triage");
    }

    @Test
    void a_plans_task_waiting_at_the_desk_is_titled_in_english_in_the_list_the_report_and_the_alarm(FxRobot robot)
            throws Exception {
        // an emergency plan's task the system raised (no 事项 fits it, so it waits here), titled by the system: its
        // stored title is the Chinese rendering, its wording what it says
        String english = "[YA-FLOOD-01 level IV response] 区水务局：巡查堤防";
        Event task = town.events.intake(new IntakeReport(Channel.DUTY_OFFICER, "ACT-1-1", null,
                "【YA-FLOOD-01 IV级响应】区水务局：巡查堤防", "预案 防汛预案（第 1 版）任务：区水务局：巡查堤防；范围：东湖街道",
                TriageTown.IN_G2[0], TriageTown.IN_G2[1], "东湖街道", "指挥长", town.clock.instant(), Urgency.CRITICAL)
                .worded(Phrase.of("activationTask", "YA-FLOOD-01", ResponseLevel.IV, "区水务局：巡查堤防", "防汛预案", 1,
                        "东湖街道"))).event();
        robot.type(KeyCode.F2);
        TableView<WaitingReport> list = robot.lookup("#triage-list").queryTableView();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> list.getItems().stream()
                .anyMatch(r -> r.id() == task.getId()));
        robot.interact(() -> {
            list.getSelectionModel().clearSelection(); // the desk opens on the first report; several show none
            list.getItems().stream().filter(r -> r.id() == task.getId()).findFirst()
                    .ifPresent(r -> list.getSelectionModel().select(r));
        });
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#report-number").tryQuery()
                .map(n -> ((Labeled) n).getText().equals(task.getNumber())).orElse(false));
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup(".report-title").queryLabeled().getText()).isEqualTo(english);
        assertThat(robot.lookup("#triage-alarm-text").queryLabeled().getText()).contains(english)
                .doesNotContain("级响应");
        List<String> cells = robot.lookup("#triage-list .table-cell").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).filter(t -> t != null).toList();
        assertThat(cells).contains(english).noneSatisfy(t -> assertThat(t).contains("级响应"));
        String pane = String.join("\n", robot.lookup("#triage-report .label").queryAllAs(Labeled.class).stream()
                .map(Labeled::getText).toList());
        assertThat(pane).contains("Plan 防汛预案 (revision 1), task: 区水务局：巡查堤防; area: 东湖街道")
                .doesNotContain("任务：").doesNotContain("级响应");
    }

    private static String tabTitle(FxRobot robot) {
        return robot.lookup(".tab-pane").queryAllAs(TabPane.class).stream()
                .flatMap(p -> p.getTabs().stream()).filter(t -> "triage-tab".equals(t.getId())).findFirst()
                .orElseThrow().getText();
    }

    private static String cellText(FxRobot robot, String query) {
        return robot.lookup("#triage-list " + query).queryLabeled().getText();
    }
}
