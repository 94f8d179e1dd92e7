package org.gridcommand.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.gridcommand.service.imports.GridImportReport;
import org.gridcommand.service.imports.GridImportService;
import org.gridcommand.store.Database;
import org.gridcommand.store.TestDatabases;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The administrator imports a messy boundary file from the console and reads what was refused and why. */
@ExtendWith(ApplicationExtension.class)
class ImportDialogTest {
    private static Database db;
    private static ExecutorService background;
    private static Path dir;
    private final AtomicInteger reloads = new AtomicInteger();
    private ImportModel model;
    private Stage console;

    @BeforeAll
    static void open() throws Exception {
        dir = Files.createTempDirectory("gc-import-");
        db = Database.open(TestDatabases.h2(dir));
        background = Executors.newSingleThreadExecutor();
    }

    @AfterAll
    static void close() throws Exception {
        background.shutdown();
        background.awaitTermination(5, TimeUnit.SECONDS);
        db.close();
    }

    @Start
    void start(Stage stage) {
        console = stage;
        stage.setScene(new Scene(newDialog(), 800, 680));
        stage.show();
    }

    private ImportDialog newDialog() {
        BackgroundTasks tasks = BackgroundTasks.withFxThread(background);
        Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE);
        model = new ImportModel(new GridImportService(db)::importFile, tasks, reloads::incrementAndGet);
        BaseMapModel baseMap = new BaseMapModel(tasks, path -> { }, null,
                new SimpleObjectProperty<>(), () -> null, messages.forFeature("org.gridcommand.ui.imports.messages"));
        return new ImportDialog(model, baseMap, messages);
    }

    @Test
    void a_file_that_is_not_geojson_is_refused_in_the_console_language(FxRobot robot) throws Exception {
        Path file = dir.resolve("broken.geojson");
        Files.writeString(file, "{\"type\": \"FeatureCollection\", \"features\": [ oops", StandardCharsets.UTF_8);

        robot.interact(() -> model.chooseFile(file));

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> model.problemProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#import-problem").queryAs(Label.class).getText())
                .startsWith("broken.geojson 不是有效的 JSON（第 1 行").doesNotContain("Unexpected");
    }

    @Test
    void the_import_window_closes_with_its_close_button_and_with_escape(FxRobot robot) throws Exception {
        Stage window = WaitForAsyncUtils.asyncFx(() -> ImportDialog.open(console, newDialog())).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(window.isShowing()).isTrue();
        Button close = robot.from(window.getScene().getRoot()).lookup("#import-close").queryButton();
        assertThat(close.getText()).isEqualTo("关闭");

        robot.clickOn(close);
        assertThat(window.isShowing()).as("closed with its button").isFalse();

        Stage again = WaitForAsyncUtils.asyncFx(() -> ImportDialog.open(console, newDialog())).get();
        WaitForAsyncUtils.waitForFxEvents();
        Node heading = robot.from(again.getScene().getRoot()).lookup(".details-heading").query();
        robot.clickOn(heading);
        robot.type(KeyCode.ESCAPE);
        assertThat(again.isShowing()).as("closed with Esc").isFalse();
    }

    @Test
    @SuppressWarnings("unchecked")
    void the_report_lists_the_rejected_feature_with_its_reason_and_the_map_reloads(FxRobot robot) throws Exception {
        Path file = dir.resolve("grids.geojson");
        Files.writeString(file, """
                {"type":"FeatureCollection","features":[
                 {"type":"Feature","id":"ok","properties":{"BM":"G1","MC":"一号网格"},
                  "geometry":{"type":"Polygon","coordinates":[[[120,30],[120.01,30],[120.01,30.01],[120,30.01],[120,\
                  30]]]}},
                 {"type":"Feature","id":"bowtie","properties":{"BM":"G2","MC":"自交网格"},
                  "geometry":{"type":"Polygon","coordinates":[[[120,30],[120.01,30.01],[120.01,30],[120,30.01],[120,\
                  30]]]}},
                 {"type":"Feature","id":"lamp-post","properties":{"BM":"G3","MC":"路灯"},
                  "geometry":{"type":"Point","coordinates":[120,30]}}
                ]}""", StandardCharsets.UTF_8);
        robot.interact(() -> model.chooseFile(file));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "BM".equals(model.codeFieldProperty().get()));
        WaitForAsyncUtils.waitForFxEvents(); // the guesses are shown in the same FX turn as the code field
        assertThat(model.attributes()).containsExactly("BM", "MC");
        assertThat(model.nameFieldProperty().get()).as("名称 guessed from MC").isEqualTo("MC");

        robot.clickOn("#import-run");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> model.reportProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents(2);
        TableView<GridImportReport.Note> notes = robot.lookup("#import-notes").queryAs(TableView.class);
        GridImportReport.Note rejected = notes.getItems().stream()
                .filter(n -> n.kind() == GridImportReport.Kind.REJECTED).findFirst().orElseThrow();
        assertThat(rejected.feature()).isEqualTo("lamp-post");
        // the reasons read in the console's language, Chinese here, as the table shows them
        assertThat(notes.getColumns().get(3).getCellData(rejected)).isEqualTo("是点，不是面");
        GridImportReport.Note repaired = notes.getItems().stream()
                .filter(n -> n.kind() == GridImportReport.Kind.REPAIRED).findFirst().orElseThrow();
        assertThat(notes.getColumns().get(3).getCellData(repaired).toString()).startsWith("已修复：自相交，位于 (");
        assertThat(notes.getItems()).anyMatch(n -> n.feature().equals("bowtie")
                && n.kind() == GridImportReport.Kind.REPAIRED);
        assertThat(robot.lookup("#import-summary").queryAs(Label.class).getText())
                .contains("新增 2").contains("拒绝 1");
        assertThat(reloads.get()).as("areas reloaded for the map and tree").isEqualTo(1);
    }
}
