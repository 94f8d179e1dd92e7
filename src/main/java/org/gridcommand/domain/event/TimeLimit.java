package org.gridcommand.domain.event;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * A time limit that started at {@code startedAt} and is due at {@code dueAt}. It turns yellow when less than
 * {@link #WARNING_SHARE} of the limit is left, or less than {@link #WARNING_BEFORE} — whichever comes first, so a
 * ten-day limit warns two days ahead and a short one warns an hour ahead — and red once it has passed.
 * Pure: the caller passes "now" from the application clock.
 */
public record TimeLimit(Instant startedAt, Instant dueAt) {
    /** Yellow when less than this share of the whole limit is left. */
    public static final double WARNING_SHARE = 0.20;
    /** Yellow when less than this is left, however long the limit. */
    public static final Duration WARNING_BEFORE = Duration.ofHours(1);

    public TimeLimit {
        Objects.requireNonNull(dueAt, "dueAt");
        if (startedAt == null || startedAt.isAfter(dueAt)) {
            startedAt = dueAt;
        }
    }

    /** Where the countdown stands at {@code now}. */
    public Countdown at(Instant now) {
        Duration remaining = Duration.between(now, dueAt);
        if (remaining.isNegative()) {
            return new Countdown(TimeLimitStatus.OVERDUE, remaining);
        }
        Duration whole = Duration.between(startedAt, dueAt);
        boolean littleShareLeft = remaining.toMillis() < whole.toMillis() * WARNING_SHARE;
        boolean lessThanAnHour = remaining.compareTo(WARNING_BEFORE) < 0;
        return new Countdown(littleShareLeft || lessThanAnHour ? TimeLimitStatus.WARNING : TimeLimitStatus.NORMAL,
                remaining);
    }

    /**
     * The countdown of an event's handling limit, or null when it has none (not yet classified) or is no longer
     * open (a closed event has no countdown).
     */
    public static Countdown ofHandling(Event event, Instant now) {
        if (event.getHandlingDueAt() == null || !event.getState().isOpen()) {
            return null;
        }
        return new TimeLimit(event.getLimitStartedAt(), event.getHandlingDueAt()).at(now);
    }

    /** Status and time left (negative when overdue: the time past the limit). */
    public record Countdown(TimeLimitStatus status, Duration remaining) {
        /** True when a duty officer may supervise (督办): yellow or red. */
        public boolean nearDueOrOverdue() {
            return status != TimeLimitStatus.NORMAL;
        }
    }
}
