package org.gridcommand.domain.drill;

import java.time.Duration;

/**
 * One line of a drill's timeline: what happened at a scenario time. {@code what} says the kind, {@code detail}
 * the words or codes (data as written, not translated).
 */
public record TimelineEntry(Duration at, What what, int inject, String detail) {
    public enum What { INJECT, CONTINGENCY, READING, PLAYER_ACTION, REFUSED, MET, MISSED }
}
