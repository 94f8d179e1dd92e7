package org.gridcommand.ui.emergency;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.gridcommand.domain.emergency.Activation;
import org.gridcommand.service.Backend;
import org.gridcommand.service.emergency.BoardEntry;
import org.gridcommand.service.emergency.StandDownOrder;
import org.gridcommand.service.emergency.StandDownReview;
import org.gridcommand.service.emergency.StandDownSummary;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;

/**
 * View-model of the stand-down confirmation (响应终止): what will be given back, how much of each supply line was
 * used up (the commander says; nothing used by default), which task events end and which go on with their units.
 * Nothing changes until {@link #confirm}.
 */
public final class StandDownModel {
    /** A supply line still held: how much of it was used up (0 … held). */
    public static final class UsedRow {
        private final BoardEntry entry;
        private final IntegerProperty used = new SimpleIntegerProperty(this, "used", 0);

        UsedRow(BoardEntry entry) {
            this.entry = entry;
        }

        public BoardEntry entry() { return entry; }
        public int held() { return entry.line().getQuantity(); }
        public IntegerProperty usedProperty() { return used; }
    }

    /** A task whose event is still open: it ends with the response unless handed to its unit. */
    public static final class TaskRow {
        private final BoardEntry entry;
        private final boolean canEnd;
        private final BooleanProperty handOver = new SimpleBooleanProperty(this, "handOver");

        TaskRow(BoardEntry entry) {
            this.entry = entry;
            this.canEnd = StandDownReview.canEnd(entry);
            handOver.set(StandDownReview.suggestsHandOver(entry));
        }

        public BoardEntry entry() { return entry; }
        /** False for an event the unit reported done: it always goes on to verification. */
        public boolean canEnd() { return canEnd; }
        public BooleanProperty handOverProperty() { return handOver; }
    }

    private final Backend backend;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final String actor;
    private final ObjectProperty<StandDownReview> review = new SimpleObjectProperty<>(this, "review");
    private final ObservableList<UsedRow> items = FXCollections.observableArrayList();
    private final ObservableList<TaskRow> openTasks = FXCollections.observableArrayList();
    private final ObservableList<BoardEntry> freed = FXCollections.observableArrayList();

    StandDownModel(Backend backend, BackgroundTasks tasks, Messages messages, String actor) {
        this.backend = backend;
        this.tasks = tasks;
        this.messages = messages;
        this.actor = actor;
    }

    /** Reads what the stand-down would do, in the background; {@code onError} hears why it cannot. */
    void open(long activationId, Runnable onShown, Consumer<Throwable> onError) {
        tasks.run(() -> backend.standDown().review(activationId), r -> {
            show(r);
            onShown.run();
        }, onError);
    }

    private void show(StandDownReview r) {
        items.setAll(r.items().stream().map(UsedRow::new).toList());
        openTasks.setAll(r.openTasks().stream().map(TaskRow::new).toList());
        freed.setAll(r.teams());
        freed.addAll(r.experts());
        review.set(r);
    }

    /**
     * Stands down as the commander said, in the background; {@code onDone} gets the summary on the FX thread. The
     * reason written into the task events that end is in the commander's language.
     */
    void confirm(Consumer<StandDownSummary> onDone, Consumer<Throwable> onError) {
        StandDownReview r = review.get();
        if (r == null) {
            return;
        }
        StandDownOrder order = order(r.activation());
        tasks.run(() -> backend.standDown().standDown(r.activation().getId(), order, actor), summary -> {
            close();
            onDone.accept(summary);
        }, onError);
    }

    StandDownOrder order(Activation a) {
        Map<Long, Integer> used = new HashMap<>();
        for (UsedRow row : items) {
            int u = Math.max(0, Math.min(row.held(), row.usedProperty().get()));
            if (u > 0) {
                used.put(row.entry().line().getId(), u);
            }
        }
        Set<Long> handedOver = new HashSet<>();
        openTasks.stream().filter(t -> t.handOverProperty().get() || !t.canEnd())
                .forEach(t -> handedOver.add(t.entry().line().getId()));
        return new StandDownOrder(used, handedOver, messages.get("standDown.taskReason", a.getPlanCode(),
                a.getPlanName()));
    }

    void close() {
        review.set(null);
        items.clear();
        openTasks.clear();
        freed.clear();
    }

    /** Per item line, what would go back now (held − used), for the confirmation's "will be released". */
    List<Integer> releasing() {
        return items.stream().map(r -> r.held() - Math.max(0, Math.min(r.held(), r.usedProperty().get()))).toList();
    }

    public ObjectProperty<StandDownReview> reviewProperty() { return review; }
    public ObservableList<UsedRow> items() { return items; }
    public ObservableList<TaskRow> openTasks() { return openTasks; }
    /** Teams and experts the stand-down frees. */
    public ObservableList<BoardEntry> freed() { return freed; }
}
