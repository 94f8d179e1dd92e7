package org.gridcommand.domain.event;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.Set;

/**
 * The queue's default order: what needs the duty officer now comes first, not the oldest backlog. New 特急/紧急
 * reports still waiting for the center, then alarms (sensors, AI cameras) waiting for it, then what is near due or
 * went overdue within the last day (supervise it now), then the rest waiting for registration or dispatch, then
 * the overdue backlog (the most recently overdue first: a case a month past its limit is a backlog, not an
 * emergency), then the others by deadline. Closed, cancelled and merged events (listed only on request) come
 * newest first. Pure: the caller passes "now".
 */
public final class ActionOrder {
    /** Overdue for less than this, an event still counts as needing action now, with the near-due ones. */
    public static final Duration JUST_OVERDUE = Duration.ofHours(24);

    /** Where an event stands in the order, first to last. */
    public enum Tier { NEW_URGENT, NEW_ALARM, NEAR_DUE, WAITING, OVERDUE, IN_TIME, NO_LIMIT, ENDED }

    /** The facts the order looks at. */
    public record Entry(long id, EventState state, Urgency urgency, Channel channel, Instant reportedAt,
                        Instant limitStartedAt, Instant dueAt, Instant closedAt) {
    }

    /** States in which the event waits for the center (registration or dispatch), not for a unit. */
    public static final Set<EventState> WAITING_FOR_CENTER =
            EnumSet.of(EventState.REPORTED, EventState.REGISTERED, EventState.RETURNED);

    private ActionOrder() {
    }

    public static Tier tier(Entry e, Instant now) {
        if (!e.state().isOpen()) {
            return Tier.ENDED;
        }
        boolean waiting = WAITING_FOR_CENTER.contains(e.state());
        if (waiting && e.urgency() != Urgency.NORMAL) {
            return Tier.NEW_URGENT;
        }
        if (waiting && (e.channel() == Channel.SENSOR || e.channel() == Channel.AI_CAMERA)) {
            return Tier.NEW_ALARM;
        }
        TimeLimitStatus status = e.dueAt() == null ? null
                : new TimeLimit(e.limitStartedAt(), e.dueAt()).at(now).status();
        if (status == TimeLimitStatus.WARNING
                || status == TimeLimitStatus.OVERDUE && e.dueAt().isAfter(now.minus(JUST_OVERDUE))) {
            return Tier.NEAR_DUE;
        }
        if (waiting && status != TimeLimitStatus.OVERDUE) {
            return Tier.WAITING;
        }
        if (status == TimeLimitStatus.OVERDUE) {
            return Tier.OVERDUE;
        }
        return status == null ? Tier.NO_LIMIT : Tier.IN_TIME;
    }

    /** The order at {@code now}; ties end on the id, so every console shows the same order. */
    public static Comparator<Entry> at(Instant now) {
        return Comparator.comparing((Entry e) -> tier(e, now))
                .thenComparing((a, b) -> within(tier(a, now), a, b))
                .thenComparingLong(Entry::id);
    }

    private static int within(Tier tier, Entry a, Entry b) {
        return switch (tier) {
            // the most urgent first, then the newest: it is the one nobody has looked at yet
            case NEW_URGENT -> Comparator.comparing(Entry::urgency).reversed()
                    .thenComparing(Entry::reportedAt, Comparator.reverseOrder()).compare(a, b);
            case NEW_ALARM, NO_LIMIT -> b.reportedAt().compareTo(a.reportedAt());
            case NEAR_DUE, IN_TIME -> a.dueAt().compareTo(b.dueAt());
            case WAITING -> Comparator.comparing(Entry::dueAt, Comparator.nullsLast(Comparator.naturalOrder()))
                    .thenComparing(Entry::reportedAt, Comparator.reverseOrder()).compare(a, b);
            case OVERDUE -> b.dueAt().compareTo(a.dueAt());
            case ENDED -> Comparator.comparing((Entry e) -> e.closedAt() != null ? e.closedAt() : e.reportedAt(),
                    Comparator.reverseOrder()).compare(a, b);
        };
    }
}
