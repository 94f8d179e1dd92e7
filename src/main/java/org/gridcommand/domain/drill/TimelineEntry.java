package org.gridcommand.domain.drill;

import java.time.Duration;

/**
 * One line of a drill's timeline: what happened at a scenario time. {@code what} says the kind, {@code action} the
 * player's action for {@link What#PLAYER_ACTION} and {@link What#REFUSED} (else null), {@code detail} the data as
 * written (content, codes, numbers: not translated).
 */
public record TimelineEntry(Duration at, What what, int inject, ActionKind action, String detail) {
    public enum What { INJECT, CONTINGENCY, READING, ALARM, PLAYER_ACTION, REFUSED, MET, MISSED }

    public TimelineEntry(Duration at, What what, int inject, String detail) {
        this(at, what, inject, null, detail);
    }
}
