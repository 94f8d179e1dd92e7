package org.gridcommand.ui.returnvisit;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.Function;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableBooleanValue;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.gridcommand.domain.event.Satisfaction;
import org.gridcommand.service.event.queue.VisitCall;
import org.gridcommand.ui.common.Messages;

/**
 * The return-visit desk: the calls to make (longest waiting first), the selected call with what the unit says it
 * did, the notes of the call and the reporter's answer. Binds to {@link ReturnVisitModel} only.
 */
final class ReturnVisitView extends VBox {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm");
    private static final PseudoClass PROBLEM = PseudoClass.getPseudoClass("problem");

    private final ReturnVisitModel model;
    private final Messages messages;
    private final ZoneId zone;
    private final TableView<VisitCall> table = new TableView<>();
    private final GridPane card = new GridPane();

    ReturnVisitView(ReturnVisitModel model, Messages messages, ZoneId zone) {
        this.model = model;
        this.messages = messages;
        this.zone = zone;
        getStyleClass().add("return-visit-desk");
        setId("return-visit-desk");
        setSpacing(8);
        setPadding(new Insets(10));

        Label heading = new Label();
        heading.setId("visits-heading");
        heading.getStyleClass().add("details-heading");
        heading.setWrapText(true);
        heading.textProperty().bind(Bindings.createStringBinding(() -> model.loadedProperty().get()
                ? messages.get("visits.heading", model.waitingProperty().get(), model.allowedTriesProperty().get())
                + (model.waitingProperty().get() > model.calls().size()
                ? messages.get("visits.firstOnly", model.calls().size()) : "")
                : messages.get("visits.reading"), model.calls(), model.waitingProperty(), model.allowedTriesProperty(),
                model.loadedProperty()));

        table.setId("visit-calls");
        table.setItems(model.calls());
        table.setPlaceholder(new Label(messages.get("visits.empty")));
        table.setPrefHeight(260);
        table.getColumns().setAll(List.of(
                column("col.number", VisitCall::number, 150),
                column("col.title", VisitCall::title, 200),
                column("col.reporter", VisitCall::reporter, 90),
                column("col.closed", c -> time(c.closedAt()), 90),
                column("col.tries", c -> c.tries() + "/" + model.allowedTriesProperty().get(), 60),
                column("col.lead", VisitCall::leadUnitName, 130)));
        table.getSelectionModel().selectedItemProperty().addListener((o, a, c) -> {
            if (c != null) {
                model.selectedProperty().set(c);
            }
        });
        model.selectedProperty().addListener((o, a, c) -> {
            if (c != table.getSelectionModel().getSelectedItem()) {
                if (c == null) {
                    table.getSelectionModel().clearSelection();
                } else {
                    table.getSelectionModel().select(c);
                    table.scrollTo(c);
                }
            }
            showCard(c);
        });

        card.setId("visit-card");
        card.setHgap(8);
        card.setVgap(3);
        showCard(null);

        TextArea note = new TextArea();
        note.setId("visit-note");
        note.setPromptText(messages.get("call.note"));
        note.setPrefRowCount(3);
        note.setWrapText(true);
        note.textProperty().bindBidirectional(model.noteProperty());

        BooleanBinding idle = model.selectedProperty().isNull().or(model.busyProperty());
        Button satisfied = button("visit-satisfied", "call.satisfied", idle, () -> model.rate(Satisfaction.SATISFIED));
        Button basic = button("visit-basic", "call.basic", idle, () -> model.rate(Satisfaction.BASICALLY_SATISFIED));
        // 不满意 sends the event back for rework: the unit needs to know what is wrong, so the notes come first
        Button dissatisfied = button("visit-dissatisfied", "call.dissatisfied",
                idle.or(Bindings.createBooleanBinding(() -> model.noteProperty().get().isBlank(),
                model.noteProperty())),
                () -> model.rate(Satisfaction.DISSATISFIED));
        dissatisfied.getStyleClass().add("visit-dissatisfied");
        Button noAnswer = button("visit-no-answer", "call.noAnswer", idle, model::noAnswer);
        FlowPane buttons = new FlowPane(6, 6, satisfied, basic, dissatisfied, noAnswer);

        Label message = new Label();
        message.setId("visit-message");
        message.setWrapText(true);
        message.getStyleClass().add("visit-message");
        message.textProperty().bind(model.messageProperty());
        model.problemProperty().subscribe(p -> message.pseudoClassStateChanged(PROBLEM, p));

        VBox.setVgrow(table, Priority.SOMETIMES);
        getChildren().addAll(heading, table, card, new Label(messages.get("call.note")), note, buttons, message);
    }

    TableView<VisitCall> table() {
        return table;
    }

    private void showCard(VisitCall c) {
        card.getChildren().clear();
        if (c == null) {
            Label none = new Label(messages.get("call.none"));
            none.setWrapText(true);
            none.getStyleClass().add("details-path");
            card.add(none, 0, 0, 2, 1);
            return;
        }
        Label title = new Label(c.number() + "  " + c.title());
        title.setId("visit-card-title");
        title.getStyleClass().add("details-heading");
        title.setWrapText(true);
        card.add(title, 0, 0, 2, 1);
        int r = 1;
        r = fact(r, "call.reporter", (c.reporter() == null ? "—" : c.reporter()) + " · "
                + messages.get("channel." + c.channel().name()));
        r = fact(r, "call.category", c.categoryName());
        r = fact(r, "call.where", c.areaNames());
        r = fact(r, "call.address", c.address());
        r = fact(r, "call.lead", c.leadUnitName());
        r = fact(r, "call.closed", time(c.closedAt()));
        r = fact(r, "call.handling", c.handling());
        fact(r, "call.tries", messages.get("call.triesValue", c.tries(), model.allowedTriesProperty().get()));
    }

    private int fact(int row, String key, String value) {
        Label name = new Label(messages.get(key));
        name.getStyleClass().add("fact-name");
        Label v = new Label(value == null || value.isBlank() ? "—" : value);
        v.getStyleClass().add("fact-value");
        v.setWrapText(true);
        card.addRow(row, name, v);
        return row + 1;
    }

    private Button button(String id, String key, ObservableBooleanValue disabled, Runnable action) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        b.disableProperty().bind(Bindings.createBooleanBinding(disabled::get, disabled));
        b.setOnAction(e -> action.run());
        return b;
    }

    private TableColumn<VisitCall, String> column(String key, Function<VisitCall, String> value, double width) {
        TableColumn<VisitCall, String> c = new TableColumn<>(messages.get(key));
        c.setCellValueFactory(f -> new ReadOnlyStringWrapper(value.apply(f.getValue())));
        c.setPrefWidth(width);
        return c;
    }

    private String time(Instant at) {
        return at == null ? "—" : TIME.format(at.atZone(zone));
    }
}
