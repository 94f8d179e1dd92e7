package org.gridcommand.ui.statistics;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableView;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import javax.imageio.ImageIO;
import org.gridcommand.domain.kpi.EventLine;
import org.gridcommand.service.city.CityService;
import org.gridcommand.service.kpi.IndicatorRow;
import org.gridcommand.service.kpi.KpiService;
import org.gridcommand.service.kpi.MonthlyBulletinTest;
import org.gridcommand.service.report.Reports;
import org.gridcommand.store.Database;
import org.gridcommand.store.TestDatabases;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.ConsoleFonts;
import org.gridcommand.ui.common.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A director checks November in the statistics tab: the units' closure rates, the district's 93.72 %, the events
 * behind the water bureau's closed figure, and the monthly bulletin exported as a PDF — in Chinese and in English.
 */
@ExtendWith(ApplicationExtension.class)
class StatisticsTabTest {
    private final ExecutorService background = Executors.newSingleThreadExecutor();
    private Stage stage;
    private Database db;
    private StatisticsView view;

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    private StatisticsModel open(Locale locale, Path saveTo) throws Exception {
        db = Database.open(TestDatabases.h2(Files.createTempDirectory("gc-statistics-")));
        MonthlyBulletinTest.november().writeTo(db);
        KpiService kpi = MonthlyBulletinTest.service(db);
        Reports reports = new Reports(kpi, new CityService(db, Clock.fixed(MonthlyBulletinTest.DECEMBER_5,
                kpi.zone())));
        StatisticsText text = new StatisticsText(new Messages(locale));
        StatisticsModel model = new StatisticsModel(kpi, reports, new BackgroundTasks(background,
                Platform::runLater), text);
        WaitForAsyncUtils.asyncFx(() -> {
            ConsoleFonts.load();
            view = StatisticsFeature.view(model, text, (name, format) -> saveTo.resolve(name));
            stage.setScene(new Scene(view, 1400, 1000));
            stage.show();
        }).get(60, TimeUnit.SECONDS);
        return model;
    }

    @AfterEach
    void close() throws Exception {
        WaitForAsyncUtils.asyncFx(() -> view.dispose()).get();
        background.shutdown();
        background.awaitTermination(30, TimeUnit.SECONDS);
        db.close();
    }

    @Test
    void november_by_unit_then_the_events_behind_a_figure_then_the_bulletin_as_pdf(FxRobot robot) throws Exception {
        Path folder = Files.createTempDirectory("gc-reports-");
        StatisticsModel model = open(Locale.SIMPLIFIED_CHINESE, folder);
        robot.interact(() -> robot.lookup("#statistics-date").queryAs(DatePicker.class)
                .setValue(LocalDate.of(2026, 11, 15)));
        robot.clickOn("#statistics-show");
        TableView<IndicatorRow> table = robot.lookup("#statistics-table").queryTableView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        WaitForAsyncUtils.waitForFxEvents(5);

        assertThat(table.getItems()).extracting(IndicatorRow::name).containsExactly("城管局", "水务局", "全区");
        assertThat(cellText(robot, "column-closure_rate", 2)).isEqualTo("93.72%");
        assertThat(cellText(robot, "column-closed", 1)).isEqualTo("100");

        robot.clickOn(cell(robot, "column-closed", 1));
        TableView<EventLine> behind = robot.lookup("#statistics-behind").queryTableView();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> behind.getItems().size() == 100);
        assertThat(behind.getItems()).allSatisfy(e -> assertThat(e.unit()).isEqualTo("水务局"));
        assertThat(robot.lookup("#statistics-behind-title").queryAs(Label.class).getText())
                .isEqualTo("水务局 的结案数：100 件案件");

        snapshot(robot, "statistics-tab.png");
        robot.clickOn("#statistics-export").clickOn("#export-monthly-pdf");
        Path pdf = folder.resolve("月通报.pdf");
        WaitForAsyncUtils.waitFor(120, TimeUnit.SECONDS, () -> model.statusProperty().get().startsWith("已保存"));
        assertThat(new String(Files.readAllBytes(pdf), 0, 5, StandardCharsets.US_ASCII))
                .isEqualTo("%PDF-");
    }

    @Test
    void an_english_console_names_the_choices_columns_and_figures_in_english(FxRobot robot) throws Exception {
        open(Locale.ENGLISH, Files.createTempDirectory("gc-reports-en-"));
        robot.interact(() -> robot.lookup("#statistics-date").queryAs(DatePicker.class)
                .setValue(LocalDate.of(2026, 11, 15)));
        robot.clickOn("#statistics-show");
        TableView<IndicatorRow> table = robot.lookup("#statistics-table").queryTableView();
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        WaitForAsyncUtils.waitForFxEvents(5);

        assertThat(table.getColumns()).extracting(c -> c.getText()).containsExactly("Unit", "Reports received",
                "Due for closure", "Closed", "Closure rate", "On-time closure rate", "Satisfaction rate");
        assertThat(table.getItems().get(2).name()).isEqualTo("Whole district");
        assertThat(robot.lookup("#statistics-show").queryButton().getText()).isEqualTo("Show");
        assertThat(robot.lookup("#statistics-status").queryAs(Label.class).getText())
                .startsWith("November 1, 2026 – November 30, 2026");
    }

    /** A picture of the tab for the people who review it (target/screenshots). */
    private void snapshot(FxRobot robot, String name) throws Exception {
        Path dir = Files.createDirectories(Path.of("target", "screenshots"));
        WritableImage image = WaitForAsyncUtils.asyncFx(() -> view.snapshot(null, null))
                .get(30, TimeUnit.SECONDS);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png",
                dir.resolve(name).toFile());
    }

    private static String cellText(FxRobot robot, String column, int row) {
        return cell(robot, column, row).getText();
    }

    @SuppressWarnings("unchecked")
    private static TableCell<IndicatorRow, ?> cell(FxRobot robot, String column, int row) {
        return robot.lookup(".figure-cell").queryAll().stream().map(n -> (TableCell<IndicatorRow, ?>) n)
                .filter(c -> c.getTableColumn() != null && column.equals(c.getTableColumn().getId())
                        && c.getIndex() == row && !c.isEmpty())
                .findFirst().orElseThrow(() -> new AssertionError("no cell " + column + " row " + row));
    }
}
