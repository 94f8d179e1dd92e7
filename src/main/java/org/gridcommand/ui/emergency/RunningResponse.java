package org.gridcommand.ui.emergency;

import java.nio.file.Files;
import java.nio.file.Path;
import org.gridcommand.domain.emergency.Activation;
import org.gridcommand.domain.emergency.LineStatus;
import org.gridcommand.domain.plan.ResponseLevel;
import org.gridcommand.service.Backend;
import org.gridcommand.service.emergency.Adjustments;
import org.gridcommand.service.emergency.LevelChange;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;
import org.gridcommand.ui.emergency.ActivationBoardModel.Stage;

/**
 * The board's actions on a committed response: lines moved forward, level changes, the stand-down and the CAP
 * export. Split from {@link ActivationBoardModel}, which holds the board's state and the proposal; each action
 * runs through {@link BackgroundTasks} and shows its outcome through the model.
 */
final class RunningResponse {
    private final ActivationBoardModel board;
    private final Backend backend;
    private final BackgroundTasks tasks;
    private final Messages messages;
    private final String actor;
    private final BoardReading reader;
    private final StandDownModel standDown;

    RunningResponse(ActivationBoardModel board, Backend backend, BackgroundTasks tasks, Messages messages,
                    String actor, BoardReading reader, StandDownModel standDown) {
        this.board = board;
        this.backend = backend;
        this.tasks = tasks;
        this.messages = messages;
        this.actor = actor;
        this.reader = reader;
        this.standDown = standDown;
    }

    /** Moves a committed line one step forward: sent → en route → on site → done. */
    void advance(BoardLine line) {
        LineStatus next = line.nextStatus();
        Activation a = board.activationProperty().get();
        if (next == null || line.lineId() == null || a == null
                || board.stageProperty().get() != Stage.ACTIVE) {
            return;
        }
        board.busyProperty().set(true);
        tasks.run(() -> {
            backend.activations().updateLine(line.lineId(), next, actor);
            return reader.load(a.getId(), null);
        }, board::showActivation, board::fail);
    }

    /** Works out what moving to {@code to} adds or gives back; nothing changes until {@link #applyLevelChange}. */
    void proposeLevel(ResponseLevel to) {
        Activation a = board.activationProperty().get();
        if (a == null || board.stageProperty().get() != Stage.ACTIVE || to == a.getLevel()) {
            return;
        }
        board.busyProperty().set(true);
        tasks.run(() -> backend.activations().changeLevel(a.getId(), to), change -> {
            board.busyProperty().set(false);
            board.levelChangeProperty().set(change);
            board.messageProperty().set(messages.get("board.levelChange", change.from(), change.to(),
                    change.additions().lines().size(), change.releases().size()));
        }, board::fail);
    }

    void applyLevelChange() {
        LevelChange change = board.levelChangeProperty().get();
        if (change == null) {
            return;
        }
        board.busyProperty().set(true);
        tasks.run(() -> {
            backend.activations().applyLevelChange(change, Adjustments.none(), actor);
            return reader.afterCommit(change.activationId());
        }, board::showActivation, board::fail);
    }

    /** 响应终止, first step: shows what will be released and asks how much was used; nothing changes yet. */
    void standDown() {
        Activation a = board.activationProperty().get();
        if (a == null || board.stageProperty().get() != Stage.ACTIVE) {
            return;
        }
        board.busyProperty().set(true);
        standDown.open(a.getId(), () -> board.busyProperty().set(false), board::fail);
    }

    /** 响应终止, confirmed: books what was used, gives the rest back, ends or hands over the task events. */
    void confirmStandDown() {
        Activation a = board.activationProperty().get();
        if (a == null || standDown.reviewProperty().get() == null) {
            return;
        }
        board.busyProperty().set(true);
        standDown.confirm(s -> tasks.run(() -> reader.load(a.getId(), null), loaded -> {
            board.summaryProperty().set(s);
            board.showActivation(loaded);
            board.pictureProperty().set(null); // the response is over: its circle and lines leave the map
            board.messageProperty().set(messages.get(s.eventsLeftOpen().isEmpty() ? "board.stoodDown"
                    : "board.stoodDownOpen"));
        }, board::fail), board::fail);
    }

    /** Writes the activation's public warning as CAP 1.2 XML to {@code file}. */
    void exportCap(Path file) {
        Activation a = board.activationProperty().get();
        if (a == null) {
            return;
        }
        tasks.run(() -> Files.writeString(file, backend.capExport().export(a.getId(), actor)),
                written -> board.messageProperty().set(messages.get("board.capWritten", written)), board::fail);
    }
}
