package org.gridcommand.domain.event;

/** The colour of a countdown in the queue. */
public enum TimeLimitStatus {
    /** plenty of time left */
    NORMAL,
    /** yellow: near due */
    WARNING,
    /** red: past the limit */
    OVERDUE
}
