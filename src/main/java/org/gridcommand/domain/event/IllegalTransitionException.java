package org.gridcommand.domain.event;

/**
 * Thrown when an action is not allowed in the event's current state, or when it lacks the reason it needs. The
 * {@link #reason()} is what the officer reads (rendered in the console's language).
 */
public class IllegalTransitionException extends RuntimeException implements Refusal {
    private final EventState from;
    private final EventAction action;
    private final Phrase reason;

    public IllegalTransitionException(EventState from, EventAction action, Phrase reason, String logMessage) {
        super(logMessage);
        this.from = from;
        this.action = action;
        this.reason = reason;
    }

    public EventState from() {
        return from;
    }

    public EventAction action() {
        return action;
    }

    @Override
    public Phrase reason() {
        return reason;
    }
}
