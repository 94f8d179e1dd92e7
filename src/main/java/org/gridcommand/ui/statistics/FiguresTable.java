package org.gridcommand.ui.statistics;

import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.text.Text;
import javafx.util.Subscription;
import org.gridcommand.domain.kpi.Indicator;
import org.gridcommand.service.kpi.IndicatorRow;

/**
 * The figures: one row per value of the dimension (and the total last), one column per chosen indicator. A click
 * on a figure lists the events behind it.
 */
final class FiguresTable extends TableView<IndicatorRow> {
    private final StatisticsModel model;
    private final StatisticsText text;
    private final ListChangeListener<Object> rebuild = c -> rebuild();
    private final Subscription total;

    FiguresTable(StatisticsModel model, StatisticsText text) {
        this.model = model;
        this.text = text;
        setId("statistics-table");
        setColumnResizePolicy(TableView.UNCONSTRAINED_RESIZE_POLICY);
        setFixedCellSize(26);
        setPlaceholder(new Label(text.get("table.empty")));
        model.rows().addListener(rebuild);
        model.indicators().addListener(rebuild);
        total = model.totalProperty().subscribe(t -> rebuild());
        rebuild();
    }

    private void rebuild() {
        getColumns().clear();
        TableColumn<IndicatorRow, String> name = new TableColumn<>(model.dimensionProperty().get()
                .label(text.locale()));
        name.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue().name()));
        name.setPrefWidth(160);
        getColumns().add(name);
        for (Indicator i : model.indicators()) {
            TableColumn<IndicatorRow, Double> c = new TableColumn<>(i.label(text.locale()));
            c.setId("column-" + i.code());
            c.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(r.getValue().value(i)));
            c.setCellFactory(col -> new FigureCell(i));
            // wide enough for the whole header ("On-time closure rate"): a cut name cannot be read
            c.setPrefWidth(Math.max(110, new Text(i.label(text.locale())).getLayoutBounds().getWidth() * 1.3 + 28));
            getColumns().add(c);
        }
        getItems().setAll(model.rows());
        if (model.totalProperty().get() != null) {
            getItems().add(model.totalProperty().get());
        }
        // as tall as its rows, up to 16 of them; the events behind a figure stay in view below
        setPrefHeight(34 + getFixedCellSize() * Math.max(3, Math.min(16, getItems().size())));
    }

    /** A figure, right-aligned; a click lists its events. */
    private final class FigureCell extends TableCell<IndicatorRow, Double> {
        private final Indicator indicator;

        FigureCell(Indicator indicator) {
            this.indicator = indicator;
            getStyleClass().add("figure-cell");
            setOnMouseClicked(e -> {
                if (!isEmpty() && getTableRow() != null && getTableRow().getItem() != null) {
                    model.showEventsBehind(getTableRow().getItem(), indicator);
                }
            });
        }

        @Override
        protected void updateItem(Double value, boolean empty) {
            super.updateItem(value, empty);
            setText(empty ? null : value == null ? "—" : switch (indicator.kind()) {
                case COUNT -> String.format(text.locale(), "%,d", Math.round(value));
                case RATE -> String.format(text.locale(), "%.2f%%", value);
                case HOURS -> String.format(text.locale(), "%.1f", value);
            });
        }
    }

    void dispose() {
        model.rows().removeListener(rebuild);
        model.indicators().removeListener(rebuild);
        total.unsubscribe();
    }
}
