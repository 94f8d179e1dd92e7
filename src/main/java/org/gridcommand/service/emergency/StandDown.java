package org.gridcommand.service.emergency;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.gridcommand.domain.account.UseCase;
import org.gridcommand.domain.emergency.Activation;
import org.gridcommand.domain.emergency.ActivationLine;
import org.gridcommand.domain.emergency.ActivationLogEntry.Action;
import org.gridcommand.domain.emergency.LineKind;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.service.event.ConcurrentChangeException;
import org.gridcommand.service.event.EventService;

/**
 * 响应终止: ends an activation. The commander first sees what it would do ({@link #review}); then the task events
 * that end are cancelled with the commander's reason through the closed loop, the rest handed to their units; the
 * supplies used up are booked out of the warehouses and everything else is given back (stock released, teams
 * AVAILABLE, experts available) in one transaction that also closes the activation with its summary.
 */
public final class StandDown {
    private final ActivationService activations;
    private final BoardReader board;
    private final EventService events;
    private final Clock clock;

    public StandDown(ActivationService activations, EventService events, Clock clock) {
        this.activations = activations;
        this.board = new BoardReader(activations, events);
        this.events = events;
        this.clock = clock;
    }

    /**
     * What standing down would give back and which task events are still open. Changes nothing.
     *
     * @throws IllegalStateException when the activation was stood down already
     */
    public StandDownReview review(long activationId) {
        Activation a = activations.activation(activationId);
        a.requireActive();
        return new StandDownReview(a, board.entries(activationId));
    }

    /**
     * Stands the activation down as {@code order} says.
     *
     * @return the summary; {@link StandDownSummary#eventsLeftOpen()} names the task events that could not be closed
     * @throws IllegalArgumentException when the order names lines that are not this activation's open supplies or
     *                                  open tasks, or more used than was held (nothing is changed)
     * @throws IllegalStateException    when the activation was stood down already
     */
    public StandDownSummary standDown(long activationId, StandDownOrder order, String systemActor) {
        String actor = activations.permissions().require(UseCase.EMERGENCY, systemActor);
        StandDownReview before = review(activationId);
        check(before, order);
        Set<Long> ended = new HashSet<>();
        Set<Long> handedOver = new HashSet<>();
        List<String> leftOpen = new ArrayList<>();
        for (BoardEntry task : before.openTasks()) {
            long lineId = task.line().getId();
            if (!StandDownReview.canEnd(task) || order.handedOver().contains(lineId)) {
                handedOver.add(lineId);
                continue;
            }
            switch (end(task.event(), actor, order.taskEndReason())) {
                case ENDED -> ended.add(lineId);
                case LEFT_OPEN -> leftOpen.add(task.event().number());
                case ALREADY_CLOSED -> { }
            }
        }
        StandDownSummary summary = activations.database().transact(s -> {
            Activation a = activations.activeActivation(s, activationId);
            Instant now = clock.instant();
            StandDownSummary sum = StandDownReport.of(a, before.entries(), order, ended, handedOver, leftOpen, now);
            String why = "预案 " + a.getPlanCode() + " 响应终止";
            for (ActivationLine l : activations.linesOf(s, activationId)) {
                if (!l.isOpen()) {
                    continue;
                }
                if (l.getKind() == LineKind.ITEM) {
                    activations.commitment().consumeAndRelease(s, l, order.usedOf(l.getId()), actor, why);
                } else {
                    if (handedOver.contains(l.getId())) {
                        l.handOver();
                    }
                    activations.commitment().release(s, l, l.getQuantity(), actor, why);
                }
            }
            String record = StandDownReport.record(sum);
            a.standDown(now, actor, record);
            activations.journal().write(s, activationId, actor, Action.STOOD_DOWN, record);
            return sum;
        });
        activations.resources().refresh();
        return summary;
    }

    private static void check(StandDownReview review, StandDownOrder order) {
        Map<Long, ActivationLine> items = review.items().stream().map(BoardEntry::line)
                .collect(Collectors.toMap(ActivationLine::getId, l -> l));
        order.used().forEach((lineId, used) -> {
            ActivationLine l = items.get(lineId);
            if (l == null) {
                throw new IllegalArgumentException("line " + lineId + " is not a supply line still held by activation "
                        + review.activation().getId());
            }
            if (used < 0 || used > l.getQuantity()) {
                throw new IllegalArgumentException(l.getLabel() + ": " + used + " used, but " + l.getQuantity()
                        + " were held (0 … " + l.getQuantity() + ")");
            }
        });
        Set<Long> tasks = review.openTasks().stream().map(e -> e.line().getId()).collect(Collectors.toSet());
        for (Long lineId : order.handedOver()) {
            if (!tasks.contains(lineId)) {
                throw new IllegalArgumentException("line " + lineId + " is not a task of activation "
                        + review.activation().getId() + " with an open event");
            }
        }
    }

    private enum Ending { ENDED, ALREADY_CLOSED, LEFT_OPEN }

    /** Cancels the event through the closed loop; a concurrent change is read again and tried once more. */
    private Ending end(BoardEntry.TaskEvent task, String actor, String reason) {
        for (int attempt = 0; attempt < 2; attempt++) {
            Event e = events.find(task.id());
            if (!e.getState().isOpen()) {
                return e.getState() == EventState.CANCELLED ? Ending.ENDED : Ending.ALREADY_CLOSED;
            }
            try {
                events.cancel(e.getId(), e.getVersion(), actor, reason);
                return Ending.ENDED;
            } catch (ConcurrentChangeException changed) {
                // someone acted on it a moment ago: look again
            } catch (RuntimeException refused) {
                return Ending.LEFT_OPEN;
            }
        }
        return Ending.LEFT_OPEN;
    }
}
