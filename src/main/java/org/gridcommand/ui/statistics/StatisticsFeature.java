package org.gridcommand.ui.statistics;

import java.io.File;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BiFunction;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.stage.FileChooser;
import org.gridcommand.service.kpi.KpiService;
import org.gridcommand.service.report.ReportFormat;
import org.gridcommand.service.report.Reports;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;
import org.gridcommand.ui.shell.ConsoleWindow;

/**
 * The statistics tab (统计) in the console's side panel, shown wide: indicators by dimension and period, their chart,
 * the events behind a figure, and the reports exported to a file. Call {@link #dispose()} when the window closes.
 */
public final class StatisticsFeature {
    private final StatisticsView view;
    private final Tab tab;

    public StatisticsFeature(ConsoleWindow window, KpiService kpi, Reports reports, BackgroundTasks tasks,
                             Messages consoleMessages) {
        StatisticsText text = new StatisticsText(consoleMessages);
        StatisticsModel model = new StatisticsModel(kpi, reports, tasks, text);
        view = new StatisticsView(model, text, (name, format) -> choose(window, text, name, format));
        ScrollPane scroll = new ScrollPane(view);
        scroll.setFitToWidth(true);
        tab = tab(text, scroll);
        window.featurePanels().getTabs().add(tab);
        window.widenWhenShown(tab);
        // the figures are computed when the tab is first shown, not at start-up
        tab.selectedProperty().addListener((o, was, now) -> {
            if (now && model.rows().isEmpty()) {
                model.refresh();
            }
        });
    }

    static Tab tab(StatisticsText text, ScrollPane content) {
        Tab t = new Tab(text.get("tab.title"), content);
        t.setId("statistics-tab");
        t.setClosable(false);
        return t;
    }

    /** The tab's content on its own, for tests and other hosts. */
    static StatisticsView view(StatisticsModel model, StatisticsText text,
                               BiFunction<String, ReportFormat, Path> chooseFile) {
        return new StatisticsView(model, text, chooseFile);
    }

    private static Path choose(ConsoleWindow window, StatisticsText text, String name, ReportFormat format) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(text.get("export.choose"));
        chooser.setInitialFileName(name);
        String ending = "*." + format.name().toLowerCase(Locale.ROOT);
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(format.name(), ending));
        File file = chooser.showSaveDialog(window.getScene() == null ? null : window.getScene().getWindow());
        return file == null ? null : file.toPath();
    }

    public Tab tab() {
        return tab;
    }

    public void dispose() {
        view.dispose();
    }
}
