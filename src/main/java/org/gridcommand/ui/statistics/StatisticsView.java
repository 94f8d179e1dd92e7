package org.gridcommand.ui.statistics;

import java.nio.file.Path;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.BiFunction;
import javafx.beans.property.ObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.MenuButton;
import javafx.scene.control.MenuItem;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import javafx.util.Subscription;
import org.controlsfx.control.CheckComboBox;
import org.gridcommand.domain.kpi.Dimension;
import org.gridcommand.domain.kpi.Indicator;
import org.gridcommand.domain.kpi.PeriodKind;
import org.gridcommand.service.report.ReportFormat;
import org.gridcommand.service.report.ReportKind;

/**
 * The statistics tab: choices on top (period, date, dimension, indicators, chart), the chart, the table of figures,
 * and the events behind the figure clicked last. It binds to {@link StatisticsModel} and forwards clicks.
 */
final class StatisticsView extends VBox {
    private final StatisticsModel model;
    private final StatisticsText text;
    private final ChartCanvas chart;
    private final FiguresTable table;
    private final EventsBehindTable events;
    private final Subscription subscriptions;

    /** @param chooseFile asks where to save a report (its suggested name, its format); null when cancelled */
    StatisticsView(StatisticsModel model, StatisticsText text, BiFunction<String, ReportFormat, Path> chooseFile) {
        this.model = model;
        this.text = text;
        setSpacing(6);
        setPadding(new Insets(8));
        getStyleClass().add("statistics");

        ComboBox<PeriodKind> period = choice("statistics-period", PeriodKind.values(), model.periodKindProperty(),
                k -> text.get("period." + k.name().toLowerCase(Locale.ROOT)));
        period.getItems().remove(PeriodKind.CUSTOM);
        DatePicker date = new DatePicker();
        date.setId("statistics-date");
        date.valueProperty().bindBidirectional(model.dateProperty());
        ComboBox<Dimension> by = choice("statistics-dimension", Dimension.values(), model.dimensionProperty(),
                d -> d.label(text.locale()));
        CheckComboBox<Indicator> indicators =
                new CheckComboBox<>(FXCollections.observableArrayList(Indicator.values()));
        indicators.setId("statistics-indicators");
        indicators.setConverter(StatisticsView.converter(i -> i.label(text.locale())));
        model.indicators().forEach(i -> indicators.getCheckModel().check(i));
        indicators.getCheckModel().getCheckedItems().addListener(
                (ListChangeListener<Indicator>) c -> model.indicators()
                        .setAll(indicators.getCheckModel().getCheckedItems()));
        ComboBox<StatisticsModel.ChartKind> chartKind = choice("statistics-chart",
                StatisticsModel.ChartKind.values(), model.chartKindProperty(),
                k -> text.get("chart." + k.name().toLowerCase(Locale.ROOT)));
        Button show = new Button(text.get("show"));
        show.setId("statistics-show");
        show.setDefaultButton(true);
        show.setOnAction(e -> model.refresh());
        MenuButton export = new MenuButton(text.get("export"));
        export.setId("statistics-export");
        for (ReportKind kind : ReportKind.values()) {
            for (ReportFormat format : ReportFormat.values()) {
                MenuItem item = new MenuItem(text.get("export." + kind.code() + "." + format.name()
                        .toLowerCase(Locale.ROOT)));
                item.setId("export-" + kind.code() + "-" + format.name().toLowerCase(Locale.ROOT));
                item.setOnAction(e -> {
                    Path file = chooseFile.apply(text.get("export.file." + kind.code()) + "."
                            + format.name().toLowerCase(Locale.ROOT), format);
                    if (file != null) {
                        model.export(kind, format, file);
                    }
                });
                export.getItems().add(item);
            }
        }
        FlowPane choices = new FlowPane(6, 6, label("label.period"), period, date, label("label.by"), by,
                label("label.indicators"), indicators, label("label.chart"), chartKind, show, export);

        chart = new ChartCanvas(this::pickFromChart);
        table = new FiguresTable(model, text);
        events = new EventsBehindTable(model, text);
        Label status = new Label();
        status.setId("statistics-status");
        status.textProperty().bind(model.statusProperty());
        status.setWrapText(true);
        getChildren().addAll(choices, status, chart, table, events);
        subscriptions = model.chartProperty().subscribe(chart::show);
    }

    /** A bar or slice clicked: the events behind the chart's indicator in that row. */
    private void pickFromChart(String rowName) {
        Indicator shown = model.indicators().isEmpty() ? Indicator.INTAKE : model.indicators().get(0);
        model.rows().stream().filter(r -> r.name().equals(rowName)).findFirst()
                .ifPresent(r -> model.showEventsBehind(r, shown));
    }

    private Label label(String key) {
        Label l = new Label(text.get(key));
        l.getStyleClass().add("statistics-label");
        return l;
    }

    private static <T> ComboBox<T> choice(String id, T[] values, ObjectProperty<T> property,
                                          Function<T, String> name) {
        ComboBox<T> box = new ComboBox<>(FXCollections.observableArrayList(values));
        box.setId(id);
        box.setConverter(converter(name));
        box.valueProperty().bindBidirectional(property);
        return box;
    }

    static <T> StringConverter<T> converter(Function<T, String> name) {
        return new StringConverter<>() {
            @Override
            public String toString(T t) {
                return t == null ? "" : name.apply(t);
            }

            @Override
            public T fromString(String s) {
                return null;
            }
        };
    }

    void dispose() {
        subscriptions.unsubscribe();
        table.dispose();
        events.dispose();
    }
}
