package org.gridcommand.domain.event;

/** Thrown when an action is not allowed in the event's current state; the message is meant for the officer. */
public class IllegalTransitionException extends RuntimeException {
    private final EventState from;
    private final EventAction action;

    public IllegalTransitionException(EventState from, EventAction action, String message) {
        super(message);
        this.from = from;
        this.action = action;
    }

    public EventState from() {
        return from;
    }

    public EventAction action() {
        return action;
    }
}
