package org.gridcommand.domain.event;

/**
 * 回访: calling the reporter back once their event is closed. Only events with someone to call (not a sensor's
 * or a camera's alarm) get one.
 */
public enum ReturnVisit {
    /** closed, the reporter not yet reached */
    PENDING,
    /** the reporter rated the handling */
    RATED,
    /** nobody answered after the last try the center allows */
    UNREACHABLE;

    /** True when the event's reporter is a person the center can call back. */
    public static boolean dueFor(Channel channel) {
        return channel != Channel.SENSOR && channel != Channel.AI_CAMERA;
    }
}
