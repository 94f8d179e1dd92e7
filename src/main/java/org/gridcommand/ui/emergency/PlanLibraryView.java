package org.gridcommand.ui.emergency;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.collections.ListChangeListener;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Subscription;
import org.gridcommand.domain.plan.Plan;
import org.gridcommand.domain.plan.ResponseLevel;
import org.gridcommand.service.emergency.PlanLibrary.LevelText;
import org.gridcommand.ui.common.Messages;

/**
 * The plan library: plans by type; the chosen level's trigger (text in the console's words, with examples), unit
 * tasks and resource needs (forms, a row each), editable; saving writes a new revision (running activations keep
 * theirs). The level shown is the level chosen for activation.
 */
final class PlanLibraryView extends VBox {
    private final PlanLibraryModel model;
    private final ListView<Plan> list = new ListView<>();
    private final TextArea trigger = area(2);
    private final TasksForm actions;
    private final NeedsForm needs;
    private final Map<ResponseLevel, LevelText> working = new EnumMap<>(ResponseLevel.class);
    private final ListChangeListener<LevelText> levelsListener = c -> resetWorkingCopy();
    private final Subscription subscriptions;
    private ResponseLevel shown;

    PlanLibraryView(PlanLibraryModel model, Messages messages, ObjectProperty<ResponseLevel> level) {
        this.model = model;
        this.actions = new TasksForm(messages);
        this.needs = new NeedsForm(messages);
        trigger.setId("plan-trigger");
        setSpacing(4);
        list.setId("plan-list");
        list.setItems(model.plans());
        list.setPrefHeight(170);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(Plan p, boolean empty) {
                super.updateItem(p, empty);
                setText(p == null || empty ? null : messages.get("plans.row", messages.get("type." + p.getType()),
                        p.getName(), p.getCode(), p.getRevision()));
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((o, a, p) -> {
            if (p != null && !p.equals(model.selectedProperty().get())) {
                model.select(p);
            }
        });
        Button save = new Button(messages.get("plans.save"));
        save.setId("plan-save");
        save.disableProperty().bind(model.selectedProperty().isNull());
        save.setOnAction(e -> {
            keepEdits();
            model.saveRevision(new ArrayList<>(working.values()));
        });
        Label message = new Label();
        message.setWrapText(true);
        message.getStyleClass().add("muted");
        message.textProperty().bind(model.messageProperty());
        getChildren().addAll(list, hint(messages.get("plans.trigger")), trigger, hint(messages.get("plans.actions")),
                actions, hint(messages.get("plans.needs")), needs, save, message);
        model.levels().addListener(levelsListener);
        subscriptions = Subscription.combine(
                level.subscribe(l -> showLevel(l)),
                model.selectedProperty().subscribe(p -> {
                    if (p != null && !p.equals(list.getSelectionModel().getSelectedItem())) {
                        list.getSelectionModel().select(p);
                        list.scrollTo(p);
                    }
                }));
        shown = level.get();
    }

    private void resetWorkingCopy() {
        working.clear();
        model.levels().forEach(l -> working.put(l.level(), l));
        ResponseLevel l = shown;
        shown = null;
        showLevel(l);
    }

    private void showLevel(ResponseLevel level) {
        keepEdits();
        shown = level;
        LevelText t = level == null ? null : working.get(level);
        trigger.setText(t == null || t.trigger() == null ? "" : t.trigger());
        boolean editable = t != null;
        actions.show(t == null ? null : t.actions(), editable);
        needs.show(t == null ? null : t.needs(), editable);
        trigger.setEditable(editable);
    }

    /** Keeps what was typed for the level shown, so switching levels before saving loses nothing. */
    private void keepEdits() {
        if (shown != null && working.containsKey(shown)) {
            working.put(shown, new LevelText(shown, trigger.getText(), actions.text(), needs.text()));
        }
    }

    /** What goes into the part below, in the console's words; it wraps, never cut. */
    private static Label hint(String text) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }

    private static TextArea area(int rows) {
        TextArea a = new TextArea();
        a.setPrefRowCount(rows);
        a.setWrapText(true);
        a.getStyleClass().add("plan-text");
        return a;
    }

    void dispose() {
        subscriptions.unsubscribe();
        model.levels().removeListener(levelsListener);
        list.setItems(null);
    }
}
