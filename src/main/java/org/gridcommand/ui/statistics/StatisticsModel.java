package org.gridcommand.ui.statistics;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.gridcommand.domain.kpi.Dimension;
import org.gridcommand.domain.kpi.EventLine;
import org.gridcommand.domain.kpi.Indicator;
import org.gridcommand.domain.kpi.Period;
import org.gridcommand.domain.kpi.PeriodKind;
import org.gridcommand.service.kpi.IndicatorRow;
import org.gridcommand.service.kpi.IndicatorTable;
import org.gridcommand.service.kpi.KpiService;
import org.gridcommand.service.kpi.PeriodFigures;
import org.gridcommand.service.report.ReportFormat;
import org.gridcommand.service.report.ReportKind;
import org.gridcommand.service.report.Reports;
import org.gridcommand.ui.common.BackgroundTasks;
import org.jfree.chart.JFreeChart;

/**
 * View-model of the statistics tab: the chosen indicators, dimension and period; the breakdown table and the chart
 * computed in the background; the events behind a clicked figure; a report exported to a file.
 */
public final class StatisticsModel {
    /** What the chart shows. */
    public enum ChartKind { RANKING, TREND, DISTRIBUTION }

    /** The figure whose events are listed: a row of the table and an indicator. */
    public record Figure(IndicatorRow row, Indicator indicator) {
    }

    private final KpiService kpi;
    private final Reports reports;
    private final BackgroundTasks tasks;
    private final Locale locale;
    private final StatisticsCharts charts;
    private final ObjectProperty<PeriodKind> periodKind = new SimpleObjectProperty<>(PeriodKind.MONTH);
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>();
    private final ObjectProperty<Dimension> dimension = new SimpleObjectProperty<>(Dimension.UNIT);
    private final ObjectProperty<ChartKind> chartKind = new SimpleObjectProperty<>(ChartKind.RANKING);
    private final ObservableList<Indicator> indicators = FXCollections.observableArrayList(Indicator.INTAKE,
            Indicator.DUE, Indicator.CLOSED, Indicator.CLOSURE_RATE, Indicator.ON_TIME_CLOSURE_RATE,
            Indicator.SATISFACTION_RATE);
    private final ObservableList<IndicatorRow> rows = FXCollections.observableArrayList();
    private final ObjectProperty<IndicatorRow> total = new SimpleObjectProperty<>();
    private final ObjectProperty<JFreeChart> chart = new SimpleObjectProperty<>();
    private final ObservableList<EventLine> eventsBehind = FXCollections.observableArrayList();
    private final ObjectProperty<Figure> figure = new SimpleObjectProperty<>();
    private final StringProperty status = new SimpleStringProperty("");
    private final StatisticsText text;
    private PeriodFigures figures;

    public StatisticsModel(KpiService kpi, Reports reports, BackgroundTasks tasks, StatisticsText text) {
        this.kpi = kpi;
        this.reports = reports;
        this.tasks = tasks;
        this.text = text;
        this.locale = text.locale();
        this.charts = new StatisticsCharts(reports.charts(), locale);
    }

    private record Computed(PeriodFigures figures, IndicatorTable table, JFreeChart chart) {
    }

    /** Computes the table and the chart for the current choices (in the background). */
    public void refresh() {
        LocalDate day = date.get() != null ? date.get() : kpi.today();
        Period period = kpi.period(periodKind.get(), day);
        Dimension by = dimension.get();
        List<Indicator> chosen = List.copyOf(indicators);
        ChartKind kind = chartKind.get();
        status.set(text.get("status.computing", text.period(period)));
        tasks.run(() -> {
            PeriodFigures f = kpi.figures(period, locale);
            IndicatorTable table = f.by(by);
            Indicator first = chosen.isEmpty() ? Indicator.INTAKE : chosen.get(0);
            JFreeChart c = switch (kind) {
                case RANKING -> charts.ranking(first, table);
                case DISTRIBUTION -> charts.distribution(first, table);
                case TREND -> charts.trend(first, period, kpi.trend(period, 8, locale));
            };
            return new Computed(f, table, c);
        }, done -> {
            figures = done.figures();
            rows.setAll(done.table().rows());
            total.set(done.table().total());
            chart.set(done.chart());
            eventsBehind.clear();
            figure.set(null);
            status.set(text.get("status.done", text.period(period), done.figures().eventCount()));
        }, e -> status.set(text.get("status.failed", e.getMessage())));
    }

    /** Lists the events behind {@code indicator} in {@code row} (the total row: the whole district). */
    public void showEventsBehind(IndicatorRow row, Indicator indicator) {
        PeriodFigures f = figures;
        if (f == null) {
            return;
        }
        Dimension by = row == total.get() ? Dimension.DISTRICT : dimension.get();
        figure.set(new Figure(row, indicator));
        tasks.run(() -> kpi.events(f.eventsBehind(by, row.key(), indicator)), eventsBehind::setAll,
                e -> status.set(text.get("status.failed", e.getMessage())));
    }

    /**
     * Writes the {@code kind} of report for the chosen date to {@code file}; the status says "saved" only once the
     * file is complete under its name.
     */
    public void export(ReportKind kind, ReportFormat format, Path file) {
        LocalDate day = date.get() != null ? date.get() : kpi.today();
        status.set(text.get("status.exporting", file.getFileName()));
        tasks.run(() -> {
            Path partial = Files.createTempFile(file.toAbsolutePath().getParent(), ".report-", ".part");
            try {
                try (OutputStream out = Files.newOutputStream(partial)) {
                    reports.write(reports.content(kind, day, locale), format, out);
                }
                Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } finally {
                Files.deleteIfExists(partial);
            }
            return file;
        }, saved -> status.set(text.get("status.exported", saved)),
                e -> status.set(text.get("status.failed", e.getMessage())));
    }

    /** The district's time zone, for showing times. */
    public ZoneId zone() {
        return kpi.zone();
    }

    public ObjectProperty<PeriodKind> periodKindProperty() { return periodKind; }
    public ObjectProperty<LocalDate> dateProperty() { return date; }
    public ObjectProperty<Dimension> dimensionProperty() { return dimension; }
    public ObjectProperty<ChartKind> chartKindProperty() { return chartKind; }
    public ObservableList<Indicator> indicators() { return indicators; }
    public ObservableList<IndicatorRow> rows() { return rows; }
    public ObjectProperty<IndicatorRow> totalProperty() { return total; }
    public ObjectProperty<JFreeChart> chartProperty() { return chart; }
    public ObservableList<EventLine> eventsBehind() { return eventsBehind; }
    public ObjectProperty<Figure> figureProperty() { return figure; }
    public StringProperty statusProperty() { return status; }
}
