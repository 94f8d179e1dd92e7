package org.gridcommand.ui.emergency;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.gridcommand.domain.plan.Plan;
import org.gridcommand.service.Backend;
import org.gridcommand.service.emergency.PlanLibrary.LevelText;
import org.gridcommand.service.resources.StockBook.ItemKind;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;

/**
 * View-model of the plan library: current plans by type, the selected plan's levels in the console's words (see
 * {@link PlanText}), and saving an edit as a new revision.
 */
public final class PlanLibraryModel {
    private final Backend backend;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final PlanText text;
    private final ObservableList<Plan> plans = FXCollections.observableArrayList();
    private final ObjectProperty<Plan> selected = new SimpleObjectProperty<>(this, "selected");
    private final ObservableList<LevelText> levels = FXCollections.observableArrayList();
    private final StringProperty message = new SimpleStringProperty(this, "message", "");

    PlanLibraryModel(Backend backend, BackgroundTasks tasks, Messages messages, PlanText text) {
        this.backend = backend;
        this.tasks = tasks;
        this.messages = messages;
        this.text = text;
    }

    /** Reads the current plans; keeps the selection on the same plan code when it is still there. */
    public void load() {
        tasks.run(() -> backend.planLibrary().currentPlans(), found -> {
            plans.setAll(found);
            Plan was = selected.get();
            if (was != null) {
                found.stream().filter(p -> p.getCode().equals(was.getCode())).findFirst().ifPresent(this::select);
            }
        }, error -> message.set(messages.get("plans.failed", error.getMessage())));
    }

    /** Selects a plan and reads its levels. */
    public void select(Plan plan) {
        selected.set(plan);
        levels.clear();
        if (plan == null) {
            return;
        }
        tasks.run(() -> backend.planLibrary().levels(plan.getId()).stream().map(text::shown).toList(), found -> {
            if (plan.equals(selected.get())) {
                levels.setAll(found);
            }
        }, error -> message.set(messages.get("plans.failed", error.getMessage())));
    }

    /** Selects the current plan with this id (a suggestion's plan), if it is in the library. */
    public void selectById(long planId) {
        plans.stream().filter(p -> p.getId() == planId).findFirst().ifPresent(this::select);
    }

    /**
     * Saves the edited levels (as shown, in the console's words) of the selected plan as its next revision; a line
     * that cannot be read, or a supply nobody stocks and no word names, is named and nothing is saved.
     */
    public void saveRevision(List<LevelText> edited) {
        Plan plan = selected.get();
        if (plan == null) {
            return;
        }
        List<LevelText> typed = List.copyOf(edited);
        tasks.run(() -> {
            List<ItemKind> catalogue = backend.resources().stock().items();
            List<LevelText> stored = typed.stream().map(l -> text.stored(l, catalogue)).toList();
            return backend.planLibrary().revise(plan.getId(), null, null, stored);
        }, saved -> {
            message.set(messages.get("plans.saved", saved.getCode(), saved.getRevision()));
            selected.set(saved);
            load();
        }, this::refused);
    }

    private void refused(Throwable error) {
        if (error instanceof PlanText.BadLine bad) {
            // a task or need is a row of the form: named by its parts, not by the line it is kept as
            message.set(messages.get("plans.badLine", messages.get("plans.section." + bad.section()),
                    bad.line().replace("|", " · ")));
        } else if (error instanceof PlanText.UnknownItem unknown) {
            message.set(messages.get("plans.unknownItem", unknown.typed()));
        } else {
            message.set(messages.get("plans.refused", error.getMessage()));
        }
    }

    public ObservableList<Plan> plans() { return plans; }
    public ObjectProperty<Plan> selectedProperty() { return selected; }
    public ObservableList<LevelText> levels() { return levels; }
    public StringProperty messageProperty() { return message; }
}
