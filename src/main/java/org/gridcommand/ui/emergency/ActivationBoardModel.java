package org.gridcommand.ui.emergency;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
import org.gridcommand.domain.emergency.ActivationLine;
import org.gridcommand.domain.emergency.LineKind;
import org.gridcommand.domain.emergency.LineStatus;
import org.gridcommand.domain.plan.ResponseLevel;
import org.gridcommand.service.emergency.Adjustments;
import org.gridcommand.service.emergency.CommitConflict;
import org.gridcommand.service.emergency.EmergencyCommand;
import org.gridcommand.service.emergency.LevelChange;
import org.gridcommand.service.emergency.Proposal;
import org.gridcommand.service.emergency.Shortfall;
import org.gridcommand.service.emergency.StandDownSummary;
import org.gridcommand.service.resources.ResourceSnapshot;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;

/**
 * View-model of the activation board: a proposal the commander adjusts and commits with one key, then the
 * committed activation tracked line by line, level changes, stand-down with its summary, and the CAP export.
 * Every service call goes through {@link BackgroundTasks}; all state changes happen on the FX thread.
 */
public final class ActivationBoardModel {
    /** Where the board is in its story. */
    public enum Stage { EMPTY, PROPOSED, ACTIVE, STOOD_DOWN }

    private final EmergencyCommand command;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final String actor;
    private final ObjectProperty<Stage> stage = new SimpleObjectProperty<>(this, "stage", Stage.EMPTY);
    private final ObjectProperty<Proposal> proposal = new SimpleObjectProperty<>(this, "proposal");
    private final ObjectProperty<Activation> activation = new SimpleObjectProperty<>(this, "activation");
    private final ObservableList<BoardLine> lines = FXCollections.observableArrayList();
    private final ObservableList<String> shortfalls = FXCollections.observableArrayList();
    private final ObjectProperty<LevelChange> levelChange = new SimpleObjectProperty<>(this, "levelChange");
    private final ObjectProperty<StandDownSummary> summary = new SimpleObjectProperty<>(this, "summary");
    private final ObjectProperty<MapPicture> picture = new SimpleObjectProperty<>(this, "picture");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final BooleanProperty busy = new SimpleBooleanProperty(this, "busy");
    private final LongProperty boardMillis = new SimpleLongProperty(this, "boardMillis", -1);
    private long pressedAtNanos;

    public ActivationBoardModel(EmergencyCommand command, BackgroundTasks tasks, Messages messages, String actor) {
        this.command = command;
        this.tasks = tasks;
        this.messages = messages;
        this.actor = actor;
    }

    /** One key: computes in the background what activating {@code planId} at {@code level} for the area does. */
    public void activate(long planId, ResponseLevel level, AreaChoice area) {
        if (stage.get() == Stage.ACTIVE) {
            message.set(messages.get("board.alreadyActive"));
            return;
        }
        pressedAtNanos = System.nanoTime();
        busy.set(true);
        message.set(messages.get("board.computing"));
        tasks.run(() -> command.services().activations().propose(planId, level, area.toAffectedArea()),
                this::showProposal, this::fail);
    }

    private void showProposal(Proposal p) {
        busy.set(false);
        activation.set(null);
        summary.set(null);
        levelChange.set(null);
        proposal.set(p);
        lines.setAll(p.lines().stream().map(BoardLine::proposed).toList());
        shortfalls.setAll(p.shortfalls().stream().map(Shortfall::message).toList());
        picture.set(MapPicture.of(p.area().shape(), p.area().centreLon(), p.area().centreLat(), lines, false));
        message.set(messages.get("board.proposed", p.lines().size(), p.computeNanos() / 1_000_000.0));
        stage.set(Stage.PROPOSED);
    }

    /** The view calls this once the board is on screen, to measure key press → board drawn. */
    public void boardDrawn() {
        if (pressedAtNanos != 0) {
            boardMillis.set((System.nanoTime() - pressedAtNanos) / 1_000_000);
            pressedAtNanos = 0;
        }
    }

    /** 一键下达: commits the proposal with the commander's adjustments; tasks become closed-loop events. */
    public void commit() {
        Proposal p = proposal.get();
        if (stage.get() != Stage.PROPOSED || p == null || busy.get()) {
            return;
        }
        Adjustments adjustments = Adjustments.none();
        for (BoardLine l : lines) {
            if (!l.includedProperty().get()) {
                adjustments = adjustments.withDropped(l.ref());
            } else if (l.kind() == LineKind.ITEM && l.quantityChanged()) {
                adjustments = adjustments.withQuantity(l.ref(), l.quantityProperty().get());
            }
        }
        Adjustments chosen = adjustments;
        busy.set(true);
        tasks.run(() -> {
            long id = command.services().activations().commit(p, chosen, actor);
            return load(id, raiseTaskEvents(id));
        }, this::showActivation, this::fail);
    }

    /** Moves a committed line one step forward: sent → en route → on site → done. */
    public void advance(BoardLine line) {
        LineStatus next = line.nextStatus();
        Activation a = activation.get();
        if (next == null || line.lineId() == null || a == null || stage.get() != Stage.ACTIVE) {
            return;
        }
        busy.set(true);
        tasks.run(() -> {
            command.services().activations().updateLine(line.lineId(), next, actor);
            return load(a.getId(), null);
        }, this::showActivation, this::fail);
    }

    /** Works out what moving to {@code to} adds or gives back; nothing changes until {@link #applyLevelChange}. */
    public void proposeLevel(ResponseLevel to) {
        Activation a = activation.get();
        if (a == null || stage.get() != Stage.ACTIVE || to == a.getLevel()) {
            return;
        }
        busy.set(true);
        tasks.run(() -> command.services().activations().changeLevel(a.getId(), to), change -> {
            busy.set(false);
            levelChange.set(change);
            message.set(messages.get("board.levelChange", change.from(), change.to(),
                    change.additions().lines().size(), change.releases().size()));
        }, this::fail);
    }

    public void applyLevelChange() {
        LevelChange change = levelChange.get();
        if (change == null) {
            return;
        }
        busy.set(true);
        tasks.run(() -> {
            command.services().activations().applyLevelChange(change, Adjustments.none(), actor);
            return load(change.activationId(), raiseTaskEvents(change.activationId()));
        }, this::showActivation, this::fail);
    }

    public void cancelLevelChange() {
        levelChange.set(null);
    }

    /** 响应终止: gives everything back and shows the summary. */
    public void standDown() {
        Activation a = activation.get();
        if (a == null || stage.get() != Stage.ACTIVE) {
            return;
        }
        busy.set(true);
        tasks.run(() -> {
            StandDownSummary s = command.services().activations().standDown(a.getId(), actor);
            return new Ended(s, load(a.getId(), null));
        }, ended -> {
            showActivation(ended.board());
            summary.set(ended.summary());
            message.set(messages.get("board.stoodDown"));
        }, this::fail);
    }

    /** Writes the activation's public warning as CAP 1.2 XML to {@code file}. */
    public void exportCap(Path file) {
        Activation a = activation.get();
        if (a == null) {
            return;
        }
        tasks.run(() -> Files.writeString(file, command.services().cap().export(a.getId(), actor)),
                written -> message.set(messages.get("board.capWritten", written)), this::fail);
    }

    /** Empties the board for the next activation. */
    public void clear() {
        if (stage.get() == Stage.ACTIVE) {
            return;
        }
        stage.set(Stage.EMPTY);
        proposal.set(null);
        activation.set(null);
        summary.set(null);
        levelChange.set(null);
        lines.clear();
        shortfalls.clear();
        picture.set(null);
        message.set("");
    }

    private record Loaded(Activation activation, List<BoardLine> lines, String note) {
    }

    private record Ended(StandDownSummary summary, Loaded board) {
    }

    private String raiseTaskEvents(long activationId) {
        try {
            int n = command.tasks().raiseEvents(activationId, actor).size();
            return n == 0 ? null : messages.get("board.taskEvents", n);
        } catch (RuntimeException e) {
            // the activation stands; the tasks can still be dispatched by hand from the event queue
            return messages.get("board.taskEventsFailed", e.getMessage());
        }
    }

    /** Background: the activation, its lines, and where each line's resource is. */
    private Loaded load(long activationId, String note) {
        Activation a = command.services().activations().activation(activationId);
        ResourceSnapshot snapshot = command.services().resources().index().snapshot();
        Map<String, double[]> at = new HashMap<>();
        snapshot.stock().forEach(s -> at.put("ITEM" + s.stockItemId(), new double[] {s.lon(), s.lat()}));
        snapshot.teams().forEach(t -> at.put("TEAM" + t.id(), new double[] {t.lon(), t.lat()}));
        snapshot.experts().forEach(x -> at.put("EXPERT" + x.id(), new double[] {x.lon(), x.lat()}));
        List<BoardLine> out = new ArrayList<>();
        for (ActivationLine l : command.services().activations().lines(activationId)) {
            double[] p = at.getOrDefault(l.getKind().name() + l.getResourceId(), new double[] {Double.NaN, Double.NaN});
            out.add(BoardLine.committed(l, p[0], p[1]));
        }
        return new Loaded(a, out, note);
    }

    private void showActivation(Loaded loaded) {
        busy.set(false);
        levelChange.set(null);
        Activation a = loaded.activation();
        activation.set(a);
        lines.setAll(loaded.lines());
        shortfalls.clear();
        picture.set(MapPicture.of(a.getAreaShape(), a.getCentre().getX(), a.getCentre().getY(), lines,
                true));
        stage.set(a.getStoodDownAt() == null ? Stage.ACTIVE : Stage.STOOD_DOWN);
        message.set(messages.get("board.active", a.getPlanCode(), a.getPlanRevision(), a.getLevel(), a.getId())
                + (loaded.note() == null ? "" : "；" + loaded.note()));
    }

    private void fail(Throwable error) {
        busy.set(false);
        if (error instanceof CommitConflict conflict) {
            if (conflict.reproposal() != null) {
                showProposal(conflict.reproposal());
            }
            message.set(conflict.getMessage());
            return;
        }
        message.set(messages.get("board.failed", error.getMessage()));
    }

    public ObjectProperty<Stage> stageProperty() { return stage; }
    public ObjectProperty<Proposal> proposalProperty() { return proposal; }
    public ObjectProperty<Activation> activationProperty() { return activation; }
    public ObservableList<BoardLine> lines() { return lines; }
    public ObservableList<String> shortfalls() { return shortfalls; }
    public ObjectProperty<LevelChange> levelChangeProperty() { return levelChange; }
    public ObjectProperty<StandDownSummary> summaryProperty() { return summary; }
    ObjectProperty<MapPicture> pictureProperty() { return picture; }
    public StringProperty messageProperty() { return message; }
    public BooleanProperty busyProperty() { return busy; }
    public LongProperty boardMillisProperty() { return boardMillis; }
}
