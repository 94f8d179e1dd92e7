package org.gridcommand.ui.watch;

import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.gridcommand.domain.shift.RosterEntry;
import org.gridcommand.domain.shift.SwapRequest;
import org.gridcommand.ui.common.Messages;

/**
 * 换班 in the watch panel: an officer asks to hand one of their coming shifts to another officer (only their own
 * shifts are offered); the 值班长 sees the requests waiting and approves or refuses each.
 */
final class WatchSwapView extends TitledPane {
    WatchSwapView(WatchModel model, Messages m) {
        setText(m.get("section.swaps"));
        setId("watch-swaps");
        setExpanded(false);
        ChoiceBox<RosterEntry> mine = new ChoiceBox<>();
        mine.setId("watch-swap-shift");
        mine.setConverter(new StringConverter<>() {
            @Override
            public String toString(RosterEntry e) {
                return e == null ? "" : e.date() + " " + model.shiftName(e.shiftCode());
            }

            @Override
            public RosterEntry fromString(String s) {
                return null;
            }
        });
        model.month().subscribe(() -> mine.getItems().setAll(model.myComingShifts()));
        TextField to = new TextField();
        to.setId("watch-swap-to");
        to.setPromptText(m.get("prompt.swapTo"));
        TextField reason = new TextField();
        reason.setPromptText(m.get("prompt.swapReason"));
        HBox.setHgrow(reason, Priority.ALWAYS);
        Button ask = new Button(m.get("action.requestSwap"));
        ask.setId("watch-swap-ask");
        ask.disableProperty().bind(model.can().requestSwap.not().or(mine.valueProperty().isNull())
                .or(to.textProperty().isEmpty()).or(model.busyProperty()));
        ask.setOnAction(e -> model.requestSwap(mine.getValue(), to.getText(), reason.getText()));
        ListView<SwapRequest> pending = new ListView<>(model.swaps());
        pending.setId("watch-swap-pending");
        pending.setPrefHeight(120);
        pending.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(SwapRequest r, boolean empty) {
                super.updateItem(r, empty);
                if (empty || r == null) {
                    setGraphic(null);
                    return;
                }
                Label what = new Label(m.get("swap.line", r.date().toString(), model.shiftName(r.shiftCode()),
                        r.from(), r.to(), r.reason() == null ? "" : r.reason()));
                HBox.setHgrow(what, Priority.ALWAYS);
                HBox row = new HBox(8, what);
                if (model.can().decideSwaps.get()) {
                    Button yes = new Button(m.get("action.approve"));
                    yes.setOnAction(e -> model.decideSwap(r, true));
                    Button no = new Button(m.get("action.refuse"));
                    no.setOnAction(e -> model.decideSwap(r, false));
                    yes.disableProperty().bind(model.busyProperty());
                    no.disableProperty().bind(model.busyProperty());
                    row.getChildren().addAll(yes, no);
                }
                setGraphic(row);
            }
        });
        setContent(new VBox(6, new HBox(8, mine, to), new HBox(8, reason, ask), new Label(m.get("swap.pending")),
                pending));
    }
}
