package org.gridcommand.ui.emergency;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.gridcommand.service.Backend;
import org.gridcommand.service.emergency.ActivationSuggestion;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;

/**
 * View-model of the trigger suggestions: re-evaluated in the background over the sensor feed and recent events,
 * shown with their evidence, never acted on without the commander. Also runs the flood replay of the demo.
 */
public final class SuggestionsModel {
    /** River gauges the replay raises. */
    static final int REPLAY_GAUGES = 3;

    private final Backend backend;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final Clock clock;
    private final long replayPauseMillis;
    private final ObservableList<ActivationSuggestion> suggestions = FXCollections.observableArrayList();
    private final ObjectProperty<Instant> checkedAt = new SimpleObjectProperty<>(this, "checkedAt");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty replaying = new SimpleBooleanProperty(this, "replaying");
    private final BooleanProperty exercising = new SimpleBooleanProperty(this, "exercising");
    private final AtomicBoolean refreshing = new AtomicBoolean();

    /** @param replayPauseMillis real pause between replayed readings, so the rise can be watched (0 in tests) */
    public SuggestionsModel(Backend backend, BackgroundTasks tasks, Messages messages, Clock clock,
                            long replayPauseMillis) {
        this.backend = backend;
        this.tasks = tasks;
        this.messages = messages;
        this.clock = clock;
        this.replayPauseMillis = replayPauseMillis;
    }

    /** Re-evaluates the triggers in the background; a refresh still running makes this one a no-op. */
    public void refresh() {
        if (!refreshing.compareAndSet(false, true)) {
            return;
        }
        tasks.run(() -> backend.triggerWatch().suggestions(), found -> {
            refreshing.set(false);
            if (!found.equals(List.copyOf(suggestions))) {
                suggestions.setAll(found);
            }
            checkedAt.set(clock.instant());
        }, error -> {
            refreshing.set(false);
            message.set(messages.get("suggest.failed", error.getMessage()));
        });
    }

    /**
     * 演练回放汛情: the river's gauges rise over the last 45 simulated minutes, as exercise readings that stay in
     * this console (nothing is stored); then the triggers are checked and what they suggest is marked as exercise.
     */
    public void replayFlood() {
        if (replaying.get()) {
            return;
        }
        replaying.set(true);
        message.set(messages.get("replay.started"));
        tasks.run(() -> backend.floodReplay().replay(REPLAY_GAUGES, r -> {
            tasks.onFx(() -> message.set(messages.get("replay.reading", r.gaugeName(), r.value())));
            pause();
        }), readings -> {
            replaying.set(false);
            exercising.set(true);
            message.set(messages.get("replay.done", readings.size()));
            refresh();
        }, error -> {
            replaying.set(false);
            message.set(messages.get("replay.failed", error.getMessage()));
        });
    }

    /** Ends the exercise: its readings are forgotten and the suggestions they caused go away. */
    public void endExercise() {
        tasks.run(() -> {
            backend.sensorFeed().clearExercise();
            return null;
        }, done -> {
            exercising.set(false);
            message.set(messages.get("replay.ended"));
            refresh();
        }, error -> message.set(messages.get("suggest.failed", error.getMessage())));
    }

    private void pause() {
        if (replayPauseMillis > 0) {
            try {
                Thread.sleep(replayPauseMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    public ObservableList<ActivationSuggestion> suggestions() { return suggestions; }
    public ObjectProperty<Instant> checkedAtProperty() { return checkedAt; }
    public StringProperty messageProperty() { return message; }
    public BooleanProperty replayingProperty() { return replaying; }
    /** True while exercise readings from the replay are kept in this console. */
    public BooleanProperty exercisingProperty() { return exercising; }
}
