package org.gridcommand.domain.event;

/**
 * Every kind of line in an event's history: the state-changing {@link EventAction}s (same names) plus the steps
 * that leave the state as it is (report, supervision, rating, a failed return-visit call, a note). The name is
 * what {@link EventTransition#getAction()} stores; consoles word it in their language.
 */
public enum EventStep {
    REPORT, REGISTER, DISPATCH, ACCEPT, RETURN, START, FEEDBACK, VERIFY, REJECT, CLOSE, REOPEN, MERGE, CANCEL,
    SUPERVISE,
    /** 回访评价: the reporter's rating. */
    RATE,
    /** 回访未接通: a return-visit call that reached nobody. */
    VISIT_FAILED,
    NOTE;

    /** The history line for a state-changing action. */
    public static EventStep of(EventAction action) {
        return valueOf(action.name());
    }

    /** The step stored as {@code name}, or NOTE for a name this version does not know (newer consoles). */
    public static EventStep parse(String name) {
        try {
            return valueOf(name);
        } catch (IllegalArgumentException e) {
            return NOTE;
        }
    }
}
