package org.gridcommand.ui.emergency;

import java.util.List;
import org.gridcommand.domain.emergency.Activation;
import org.gridcommand.service.Backend;
import org.gridcommand.ui.common.Messages;

/** The board's background reads: an activation with its lines, after a commit with its tasks raised as events. */
final class BoardReading {
    /** An activation as the board shows it, with a note for the commander (or null). */
    record Loaded(Activation activation, List<BoardLine> lines, String note) {
    }

    private final Backend backend;
    private final Messages messages;
    private final String actor;

    BoardReading(Backend backend, Messages messages, String actor) {
        this.backend = backend;
        this.messages = messages;
        this.actor = actor;
    }

    /** The activation and its lines with names, places and their events' states. */
    Loaded load(long activationId, String note) {
        Activation a = backend.activations().activation(activationId);
        return new Loaded(a, backend.activationBoard().entries(activationId).stream().map(BoardLine::committed)
                .toList(), note);
    }

    /** After a commit or a level change: the tasks not yet raised become events, then the board is read. */
    Loaded afterCommit(long activationId) {
        String note;
        try {
            int n = backend.activationTasks().raiseEvents(activationId, actor).size();
            note = n == 0 ? null : messages.get("board.taskEvents", n);
        } catch (RuntimeException e) {
            // the activation stands; the tasks can still be dispatched by hand from the event queue
            note = messages.get("board.taskEventsFailed", e.getMessage());
        }
        return load(activationId, note);
    }

    /** The newest response still running, or null. */
    Loaded newestRunning() {
        List<Activation> running = backend.activations().activeActivations();
        return running.isEmpty() ? null : load(running.get(0).getId(),
                running.size() > 1 ? messages.get("board.moreRunning", running.size() - 1) : null);
    }
}
