package org.gridcommand.service.emergency;

import java.util.List;
import org.gridcommand.domain.emergency.Activation;
import org.gridcommand.domain.emergency.LineKind;
import org.gridcommand.domain.event.EventState;

/**
 * What standing an activation down would do, before the commander confirms it: the supplies still held (each
 * to be booked as used or given back), the teams and experts to be freed, and the task events still open.
 */
public record StandDownReview(Activation activation, List<BoardEntry> entries) {
    public StandDownReview {
        entries = List.copyOf(entries);
    }

    /** Supply lines still held. */
    public List<BoardEntry> items() {
        return open(LineKind.ITEM);
    }

    /** Teams still committed. */
    public List<BoardEntry> teams() {
        return open(LineKind.TEAM);
    }

    /** Experts still called. */
    public List<BoardEntry> experts() {
        return open(LineKind.EXPERT);
    }

    /** Task lines whose events are still open in the closed loop. */
    public List<BoardEntry> openTasks() {
        return open(LineKind.TASK).stream().filter(e -> e.event() != null && e.event().state().isOpen()).toList();
    }

    /**
     * True when the task's event may end with the response. An event the unit already reported done (已反馈,
     * 已核查) is not cancelled: it goes on to verification and closure.
     */
    public static boolean canEnd(BoardEntry task) {
        return task.event() != null && task.event().state().isOpen() && !task.event().reportedDone();
    }

    /** The choice a commander most likely makes: work already under way goes on with its unit. */
    public static boolean suggestsHandOver(BoardEntry task) {
        if (!canEnd(task)) {
            return true;
        }
        EventState s = task.event().state();
        return s == EventState.IN_PROGRESS || s == EventState.REWORK;
    }

    private List<BoardEntry> open(LineKind kind) {
        return entries.stream().filter(e -> e.line().getKind() == kind && e.line().isOpen()).toList();
    }
}
