package org.gridcommand.ui.returnvisit;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.function.LongConsumer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.ReturnVisit;
import org.gridcommand.domain.event.Satisfaction;
import org.gridcommand.service.event.EventService;
import org.gridcommand.service.event.EventWords;
import org.gridcommand.service.event.ReturnVisitRule;
import org.gridcommand.service.event.queue.ReturnVisitQueue;
import org.gridcommand.service.event.queue.VisitCall;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;

/**
 * View-model of the return-visit desk (回访评价): the calls to make, the one selected, the notes of the call, and
 * what the officer records — the reporter's rating, or a call that reached nobody. A dissatisfied rating needs the
 * notes (the unit reworks from them) and reopens the event. All calls on the FX thread; the database only through
 * {@link BackgroundTasks}.
 */
final class ReturnVisitModel {
    /** Calls listed at once: a shift's worth; the rest follow as these are made. */
    static final int LIMIT = 200;

    private final ReturnVisitQueue queue;
    private final ReturnVisitRule rule;
    private final EventService events;
    private final BackgroundTasks tasks;
    private final EventWords words;
    private final Messages messages;
    private final String actor;
    private final ObservableList<VisitCall> calls = FXCollections.observableArrayList();
    private final ObjectProperty<VisitCall> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty note = new SimpleStringProperty(this, "note", "");
    private final IntegerProperty allowedTries = new SimpleIntegerProperty(this, "allowedTries",
            ReturnVisitRule.DEFAULT_TRIES);
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty problem = new SimpleBooleanProperty(this, "problem");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final BooleanProperty loaded = new SimpleBooleanProperty(this, "loaded");
    private final IntegerProperty waiting = new SimpleIntegerProperty(this, "waiting");
    private final List<LongConsumer> changed = new ArrayList<>();

    ReturnVisitModel(ReturnVisitQueue queue, ReturnVisitRule rule, EventService events, BackgroundTasks tasks,
                     EventWords words, Messages messages, String actor) {
        this.queue = queue;
        this.rule = rule;
        this.events = events;
        this.tasks = tasks;
        this.words = words;
        this.messages = messages;
        this.actor = actor;
        selected.addListener((o, a, b) -> note.set(""));
    }

    ObservableList<VisitCall> calls() {
        return calls;
    }

    ObjectProperty<VisitCall> selectedProperty() {
        return selected;
    }

    StringProperty noteProperty() {
        return note;
    }

    IntegerProperty allowedTriesProperty() {
        return allowedTries;
    }

    StringProperty messageProperty() {
        return message;
    }

    BooleanProperty problemProperty() {
        return problem;
    }

    /** True while a rating or a call is being recorded: the buttons wait. */
    BooleanProperty busyProperty() {
        return busy;
    }

    /** How many calls wait in all (the list shows the first {@link #LIMIT}). */
    IntegerProperty waitingProperty() {
        return waiting;
    }

    /** False until the calls were read once (the desk says it is reading, not that there is nothing to do). */
    BooleanProperty loadedProperty() {
        return loaded;
    }

    /** Called with the event's id after a rating or a failed call was recorded. */
    void onChanged(LongConsumer listener) {
        changed.add(listener);
    }

    /** Reads the calls to make (and the center's number of tries) again, keeping the selected call if it waits. */
    void refresh() {
        tasks.run(() -> new Read(queue.awaiting(LIMIT), queue.count(), rule.tries()), read -> {
            VisitCall was = selected.get();
            int index = was == null ? -1 : calls.indexOf(was);
            allowedTries.set(read.tries());
            calls.setAll(read.calls());
            waiting.set(Math.max(read.waiting(), read.calls().size()));
            loaded.set(true);
            VisitCall again = was == null ? null
                    : read.calls().stream().filter(c -> c.id() == was.id()).findFirst().orElse(null);
            if (again != null) {
                selected.set(again);
            } else if (!calls.isEmpty() && index >= 0) {
                selected.set(calls.get(Math.min(index, calls.size() - 1)));
            } else {
                selected.set(calls.isEmpty() ? null : calls.get(0));
            }
        }, this::refused);
    }

    /** Records the reporter's rating of the selected call. */
    void rate(Satisfaction satisfaction) {
        VisitCall call = selected.get();
        if (call == null) {
            return;
        }
        String words = note.get().strip();
        record(call, () -> events.rate(call.id(), call.version(), satisfaction, actor, words),
                e -> e.getState() == EventState.REWORK
                        ? messages.get("done.reopened", call.number(), call.leadUnitName() == null ? ""
                        : call.leadUnitName())
                        : messages.get("done.rated", call.number(), this.words.rating(satisfaction)));
    }

    /** Records that the call reached nobody; the last allowed try ends the visit as not reachable. */
    void noAnswer() {
        VisitCall call = selected.get();
        if (call == null) {
            return;
        }
        String words = note.get().strip();
        record(call, () -> events.noAnswer(call.id(), call.version(), actor, words),
                e -> e.getReturnVisit() == ReturnVisit.UNREACHABLE
                        ? messages.get("done.unreachable", call.number(), e.getVisitTries())
                        : messages.get("done.noAnswer", call.number(), e.getVisitTries(), allowedTries.get()));
    }

    private void record(VisitCall call, Callable<Event> work, Function<Event, String> done) {
        busy.set(true);
        tasks.run(work, e -> {
            busy.set(false);
            problem.set(false);
            message.set(done.apply(e));
            note.set("");
            refresh();
            changed.forEach(l -> l.accept(call.id()));
        }, failure -> {
            busy.set(false);
            refused(failure);
            refresh();
        });
    }

    private void refused(Throwable failure) {
        String text = words.refusal(failure);
        problem.set(true);
        message.set(text != null ? text : String.valueOf(failure.getMessage()));
    }

    private record Read(List<VisitCall> calls, int waiting, int tries) {
    }
}
