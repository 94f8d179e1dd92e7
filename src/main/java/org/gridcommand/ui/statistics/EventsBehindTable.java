package org.gridcommand.ui.statistics;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.function.Function;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.gridcommand.domain.kpi.EventLine;

/** The events behind the figure clicked last: a figure nobody can check is not trusted. */
final class EventsBehindTable extends VBox {
    private final DateTimeFormatter time;
    private final Subscription figure;

    EventsBehindTable(StatisticsModel model, StatisticsText text) {
        setSpacing(4);
        time = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(model.zone());
        Label title = new Label(text.get("behind.none"));
        title.setId("statistics-behind-title");
        title.getStyleClass().add("statistics-label");
        TableView<EventLine> table = new TableView<>(model.eventsBehind());
        table.setId("statistics-behind");
        table.setPrefHeight(220);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.getColumns().add(column(text.get("behind.number"), EventLine::number, 130));
        table.getColumns().add(column(text.get("behind.title"), EventLine::title, 200));
        table.getColumns().add(column(text.get("behind.state"), e -> text.locale().getLanguage().equals("en")
                ? e.state().english() : e.state().chinese(), 70));
        table.getColumns().add(column(text.get("behind.reported"), e -> time(e.reportedAt()), 120));
        table.getColumns().add(column(text.get("behind.due"), e -> time(e.handlingDueAt()), 120));
        table.getColumns().add(column(text.get("behind.closed"), e -> time(e.closedAt()), 120));
        table.getColumns().add(column(text.get("behind.unit"), EventLine::unit, 120));
        table.getColumns().add(column(text.get("behind.grid"), EventLine::grid, 100));
        getChildren().addAll(title, table);
        figure = model.figureProperty().subscribe(f -> title.setText(f == null ? text.get("behind.none")
                : text.get("behind.title.figure", f.indicator().label(text.locale()), f.row().name())));
        model.eventsBehind().addListener((ListChangeListener<EventLine>) c -> {
            if (model.figureProperty().get() != null) {
                title.setText(text.get("behind.count", model.figureProperty().get().indicator()
                        .label(text.locale()), model.figureProperty().get().row().name(), model.eventsBehind().size()));
            }
        });
    }

    private static TableColumn<EventLine, String> column(String title, Function<EventLine, String> value, double w) {
        TableColumn<EventLine, String> c = new TableColumn<>(title);
        c.setCellValueFactory(r -> new ReadOnlyObjectWrapper<>(value.apply(r.getValue())));
        c.setPrefWidth(w);
        return c;
    }

    private String time(Instant t) {
        return t == null ? "" : time.format(t);
    }

    void dispose() {
        figure.unsubscribe();
    }
}
