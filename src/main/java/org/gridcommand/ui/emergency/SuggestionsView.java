package org.gridcommand.ui.emergency;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.gridcommand.service.emergency.ActivationSuggestion;
import org.gridcommand.ui.common.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignP;
import org.kordamp.ikonli.materialdesign2.MaterialDesignW;

/**
 * Trigger suggestions with their evidence, each with an activate button: the console suggests, the commander
 * decides. The flood replay of the demo starts here.
 */
final class SuggestionsView extends VBox {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final ListView<ActivationSuggestion> list = new ListView<>();
    private final Subscription subscriptions;

    SuggestionsView(SuggestionsModel model, Messages messages, ZoneId zone, Consumer<ActivationSuggestion> activate) {
        setSpacing(6);
        list.setId("suggestions");
        list.setItems(model.suggestions());
        list.setPrefHeight(150);
        list.setPlaceholder(new Label(messages.get("suggest.none")));
        SuggestionWords words = new SuggestionWords(messages, zone);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(ActivationSuggestion s, boolean empty) {
                super.updateItem(s, empty);
                setText(null);
                if (s == null || empty) {
                    setGraphic(null);
                    return;
                }
                Label title = new Label(words.title(s));
                title.getStyleClass().add("suggestion-title");
                title.setWrapText(true);
                if (s.exercise()) {
                    Label tag = new Label(messages.get("suggest.exerciseTag"));
                    tag.getStyleClass().add("exercise-tag");
                    title.setGraphic(tag);
                }
                Label evidence = new Label(words.evidence(s));
                evidence.getStyleClass().add("suggestion-evidence");
                evidence.setWrapText(true);
                VBox text = new VBox(2, title, evidence);
                text.setMaxWidth(Double.MAX_VALUE);
                text.setMinWidth(0);
                text.prefWidthProperty().bind(list.widthProperty().subtract(120));
                HBox.setHgrow(text, Priority.ALWAYS);
                Button go = new Button(messages.get(s.exercise() ? "suggest.study" : "suggest.activate"),
                        new FontIcon(MaterialDesignP.PLAY));
                go.getStyleClass().add(s.exercise() ? "exercise-button" : "danger-button");
                go.setOnAction(e -> activate.accept(s));
                HBox row = new HBox(8, text, go);
                row.setAlignment(Pos.CENTER_LEFT);
                setGraphic(row);
            }
        });

        Button replay = new Button(messages.get("replay.button"), new FontIcon(MaterialDesignW.WAVES));
        replay.setId("replay-flood");
        replay.disableProperty().bind(model.replayingProperty());
        replay.setOnAction(e -> model.replayFlood());
        Button endExercise = new Button(messages.get("replay.end"));
        endExercise.setId("end-exercise");
        endExercise.visibleProperty().bind(model.exercisingProperty());
        endExercise.managedProperty().bind(endExercise.visibleProperty());
        endExercise.setOnAction(e -> model.endExercise());
        Label checked = new Label();
        checked.getStyleClass().add("muted");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, replay, endExercise, gap, checked);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label message = new Label();
        message.getStyleClass().add("muted");
        message.setWrapText(true);
        message.textProperty().bind(model.messageProperty());
        getChildren().addAll(bar, message, list);
        subscriptions = model.checkedAtProperty().subscribe(t -> checked.setText(t == null ? ""
                : messages.get("suggest.checked", TIME.format(t.atZone(zone)))));
    }

    void dispose() {
        subscriptions.unsubscribe();
        list.setItems(null);
    }
}
