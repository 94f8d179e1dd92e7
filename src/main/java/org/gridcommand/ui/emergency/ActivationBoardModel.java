package org.gridcommand.ui.emergency;

import java.nio.file.Path;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.gridcommand.domain.emergency.Activation;
import org.gridcommand.domain.emergency.LineKind;
import org.gridcommand.domain.plan.ResponseLevel;
import org.gridcommand.service.Backend;
import org.gridcommand.service.emergency.ActivationRequest;
import org.gridcommand.service.emergency.Adjustments;
import org.gridcommand.service.emergency.CommitConflict;
import org.gridcommand.service.emergency.LevelChange;
import org.gridcommand.service.emergency.Proposal;
import org.gridcommand.service.emergency.StandDownSummary;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;

/**
 * View-model of the activation board: a proposal the commander adjusts and commits with one key, then the
 * committed activation tracked line by line, level changes, the stand-down with its confirmation and summary, and
 * the CAP export. The proposal always answers what is chosen now: a change of plan, level or area re-proposes at
 * once, and a proposal that no longer answers the choice cannot be committed. Every service call goes through
 * {@link BackgroundTasks}; all state changes happen on the FX thread. What is done on a committed response
 * (lines moved on, level changes, stand-down, CAP) is {@link RunningResponse}'s, shown through this model.
 */
public final class ActivationBoardModel {
    /** Where the board is in its story. */
    public enum Stage { EMPTY, PROPOSED, ACTIVE, STOOD_DOWN }

    private final Backend backend;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final BoardWords words;
    private final String actor;
    private final StandDownModel standDown;
    private final BoardReading reader;
    private final RunningResponse response;
    private final ObjectProperty<Stage> stage = new SimpleObjectProperty<>(this, "stage", Stage.EMPTY);
    /** Whether the account at the console may activate, change the level and stand down (a commander). */
    private final BooleanProperty mayCommand = new SimpleBooleanProperty(this, "mayCommand", true);
    private final ObjectProperty<Proposal> proposal = new SimpleObjectProperty<>(this, "proposal");
    private final ObjectProperty<Activation> activation = new SimpleObjectProperty<>(this, "activation");
    private final ObservableList<BoardLine> lines = FXCollections.observableArrayList();
    private final ObservableList<String> shortfalls = FXCollections.observableArrayList();
    private final ObjectProperty<LevelChange> levelChange = new SimpleObjectProperty<>(this, "levelChange");
    private final ObjectProperty<StandDownSummary> summary = new SimpleObjectProperty<>(this, "summary");
    private final ObjectProperty<MapPicture> picture = new SimpleObjectProperty<>(this, "picture");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final BooleanProperty stale = new SimpleBooleanProperty(this, "stale");
    private final LongProperty boardMillis = new SimpleLongProperty(this, "boardMillis", -1);
    private BoardChoice chosen;
    private long pressedAtNanos;

    public ActivationBoardModel(Backend backend, BackgroundTasks tasks, Messages messages,
                                BoardWords words, String actor) {
        this.backend = backend;
        this.tasks = tasks;
        this.messages = messages;
        this.words = words;
        this.actor = actor;
        this.standDown = new StandDownModel(backend, tasks, messages, actor);
        this.reader = new BoardReading(backend, messages, actor);
        this.response = new RunningResponse(this, backend, tasks, messages, actor, reader, standDown);
    }

    /** One key: computes in the background what activating {@code planId} at {@code level} for the area does. */
    public void activate(long planId, ResponseLevel level, AreaChoice area) {
        activate(new BoardChoice(planId, level, area, false));
    }

    /**
     * Like {@link #activate} for a suggestion caused by the flood replay: the proposal is an exercise, shown to
     * be studied and never committed (it would reserve live stock and send live teams).
     */
    public void activateExercise(long planId, ResponseLevel level, AreaChoice area) {
        activate(new BoardChoice(planId, level, area, true));
    }

    private void activate(BoardChoice choice) {
        if (stage.get() == Stage.ACTIVE) {
            message.set(messages.get("board.alreadyActive"));
            return;
        }
        chosen = choice;
        pressedAtNanos = System.nanoTime();
        propose(choice, messages.get("board.computing"));
    }

    /**
     * The panel's choice changed (plan, level or area). A proposal on the board that no longer answers it is
     * worked out again at once; without a complete choice it is marked stale and cannot be committed.
     */
    public void choose(Long planId, ResponseLevel level, AreaChoice area) {
        boolean exercise = chosen != null && chosen.exercise() && stage.get() == Stage.PROPOSED;
        chosen = planId == null || level == null || area == null ? null
                : new BoardChoice(planId, level, area, exercise);
        if (stage.get() != Stage.PROPOSED) {
            return;
        }
        if (chosen == null) {
            stale.set(true);
            message.set(messages.get("board.staleNoChoice"));
        } else if (!answers(proposal.get(), chosen) && !busy.get()) {
            propose(chosen, messages.get("board.reproposing"));
        }
    }

    private static boolean answers(Proposal p, BoardChoice c) {
        return p != null && c != null && c.request().equals(p.request()) && p.drill() == c.exercise();
    }

    private void propose(BoardChoice c, String note) {
        busy.set(true);
        stale.set(stage.get() == Stage.PROPOSED);
        message.set(note);
        tasks.run(() -> {
            Proposal p = backend.activations().propose(c.planId(), c.level(), c.area().toAffectedArea());
            return c.exercise() ? p.asDrill() : p;
        }, this::showProposal, this::fail);
    }

    private void showProposal(Proposal p) {
        busy.set(false);
        activation.set(null);
        summary.set(null);
        levelChange.set(null);
        proposal.set(p);
        lines.setAll(p.lines().stream().map(BoardLine::proposed).toList());
        shortfalls.setAll(p.shortfalls().stream().map(words::shortfall).toList());
        picture.set(MapPicture.of(p.area().shape(), p.area().centreLon(), p.area().centreLat(), lines, false));
        stage.set(Stage.PROPOSED);
        if (chosen != null && !answers(p, chosen)) {
            propose(chosen, messages.get("board.reproposing")); // the choice moved on while this was computed
            return;
        }
        stale.set(false);
        message.set(messages.get(p.drill() ? "board.exercise" : "board.proposed", p.lines().size(),
                p.computeNanos() / 1_000_000.0));
    }

    /** The view calls this once the board is on screen, to measure key press → board drawn. */
    public void boardDrawn() {
        if (pressedAtNanos != 0) {
            boardMillis.set((System.nanoTime() - pressedAtNanos) / 1_000_000);
            pressedAtNanos = 0;
        }
    }

    /** True when the board offers 一键下达: a current proposal for the chosen plan, level and area, not an exercise. */
    public boolean canCommit() {
        Proposal p = proposal.get();
        return stage.get() == Stage.PROPOSED && p != null && !busy.get() && !stale.get() && !p.drill();
    }

    /** 一键下达: commits the proposal with the commander's adjustments; tasks become closed-loop events. */
    public void commit() {
        if (!canCommit()) {
            return;
        }
        Proposal p = proposal.get();
        ActivationRequest request = chosen == null ? p.request() : chosen.request();
        Adjustments adjustments = Adjustments.none();
        for (BoardLine l : lines) {
            if (!l.includedProperty().get()) {
                adjustments = adjustments.withDropped(l.ref());
            } else if (l.kind() == LineKind.ITEM && l.quantityChanged()) {
                adjustments = adjustments.withQuantity(l.ref(), l.quantityProperty().get());
            }
        }
        Adjustments adjusted = adjustments;
        busy.set(true);
        tasks.run(() -> {
            long id = backend.activations().commit(p, request, adjusted, actor);
            return reader.afterCommit(id);
        }, this::showActivation, this::fail);
    }

    /** Picks up the newest response still running (a console opened or restarted during a response). */
    public void resume() {
        if (stage.get() != Stage.EMPTY) {
            return;
        }
        tasks.run(reader::newestRunning, loaded -> {
            if (loaded != null && stage.get() == Stage.EMPTY) {
                showActivation(loaded);
            }
        }, this::fail);
    }

    /** Moves a committed line one step forward: sent → en route → on site → done. */
    public void advance(BoardLine line) {
        response.advance(line);
    }

    /** Works out what moving to {@code to} adds or gives back; nothing changes until {@link #applyLevelChange}. */
    public void proposeLevel(ResponseLevel to) {
        response.proposeLevel(to);
    }

    public void applyLevelChange() {
        response.applyLevelChange();
    }

    public void cancelLevelChange() {
        levelChange.set(null);
    }

    /** 响应终止, first step: shows what will be released and asks how much was used; nothing changes yet. */
    public void standDown() {
        response.standDown();
    }

    /** 响应终止, confirmed: books what was used, gives the rest back, ends or hands over the task events. */
    public void confirmStandDown() {
        response.confirmStandDown();
    }

    public void cancelStandDown() {
        standDown.close();
    }

    /** Writes the activation's public warning as CAP 1.2 XML to {@code file}. */
    public void exportCap(Path file) {
        response.exportCap(file);
    }

    /** Empties the board for the next activation. */
    public void clear() {
        if (stage.get() == Stage.ACTIVE) {
            return;
        }
        stage.set(Stage.EMPTY);
        chosen = null;
        proposal.set(null);
        activation.set(null);
        summary.set(null);
        levelChange.set(null);
        lines.clear();
        shortfalls.clear();
        picture.set(null);
        stale.set(false);
        message.set("");
    }

    void showActivation(BoardReading.Loaded loaded) {
        busy.set(false);
        stale.set(false);
        levelChange.set(null);
        Activation a = loaded.activation();
        proposal.set(null);
        activation.set(a);
        lines.setAll(loaded.lines());
        shortfalls.clear();
        boolean over = a.getStoodDownAt() != null;
        picture.set(over ? null : MapPicture.of(a.getAreaShape(), a.getCentre().getX(), a.getCentre().getY(), lines,
                true));
        stage.set(over ? Stage.STOOD_DOWN : Stage.ACTIVE);
        message.set(messages.get("board.active", a.getPlanCode(), a.getPlanRevision(), a.getLevel(), a.getId())
                + (loaded.note() == null ? "" : messages.get("list.separator") + loaded.note()));
    }

    void fail(Throwable error) {
        busy.set(false);
        if (error instanceof CommitConflict conflict) {
            if (conflict.reproposal() != null) {
                showProposal(conflict.reproposal());
            }
            message.set(words.conflict(conflict));
            return;
        }
        message.set(messages.get("board.failed", error.getMessage()));
    }

    public ObjectProperty<Stage> stageProperty() { return stage; }
    public BooleanProperty mayCommandProperty() { return mayCommand; }
    public ObjectProperty<Proposal> proposalProperty() { return proposal; }
    public ObjectProperty<Activation> activationProperty() { return activation; }
    public ObservableList<BoardLine> lines() { return lines; }
    public ObservableList<String> shortfalls() { return shortfalls; }
    public ObjectProperty<LevelChange> levelChangeProperty() { return levelChange; }
    public ObjectProperty<StandDownSummary> summaryProperty() { return summary; }
    ObjectProperty<MapPicture> pictureProperty() { return picture; }
    public StringProperty messageProperty() { return message; }
    public BooleanProperty busyProperty() { return busy; }
    /** True while the proposal on the board no longer answers the chosen plan, level and area. */
    public BooleanProperty staleProperty() { return stale; }
    public LongProperty boardMillisProperty() { return boardMillis; }
    public StandDownModel standDownModel() { return standDown; }
    BoardWords words() { return words; }
}
