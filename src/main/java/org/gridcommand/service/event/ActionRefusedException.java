package org.gridcommand.service.event;

/** A request the console refuses for a reason the officer can fix (the message says which, in their words). */
public class ActionRefusedException extends RuntimeException {
    public ActionRefusedException(String message) {
        super(message);
    }
}
