package org.gridcommand.service.event.queue;

/**
 * A fingerprint of the open events: how many, and the sums of their ids and versions. Every change to an open
 * event bumps its version, and an event arriving or leaving the open set changes the count and the id sum, so a
 * different mark means "the queue changed, read it again" and an equal mark means "nothing to do".
 */
public record QueueMark(long openCount, long idSum, long versionSum) {
    /** Before the first look: differs from every real mark. */
    public static final QueueMark UNKNOWN = new QueueMark(-1, -1, -1);
}
