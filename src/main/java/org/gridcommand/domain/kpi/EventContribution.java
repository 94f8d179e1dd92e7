package org.gridcommand.domain.kpi;

import java.util.Arrays;
import org.gridcommand.domain.time.WorkingCalendar;

/**
 * What one event adds to every count of a period, worked out once per period: a report breaks the same period down
 * a dozen ways, and each breakdown then only adds these up ({@link Tally#add(EventContribution)}).
 */
public final class EventContribution {
    private static final Indicator[] COUNTS = Arrays.stream(Indicator.values())
            .filter(i -> i.kind() == Indicator.Kind.COUNT).toArray(Indicator[]::new);

    private final int[] counts;
    private final long handlingMinutes;

    private EventContribution(int[] counts, long handlingMinutes) {
        this.counts = counts;
        this.handlingMinutes = handlingMinutes;
    }

    /** The event's contribution to each count of {@code scope}; handling time is counted on {@code calendar}. */
    public static EventContribution of(EventFacts facts, Scope scope, WorkingCalendar calendar) {
        int[] counts = new int[Indicator.values().length];
        for (Indicator i : COUNTS) {
            counts[i.ordinal()] = i.count(facts, scope);
        }
        long minutes = counts[Indicator.HANDLED_WITH_TIME.ordinal()] > 0
                ? calendar.workingTimeBetween(facts.firstDispatchAt(), facts.handledAt()).toMinutes() : 0;
        return new EventContribution(counts, minutes);
    }

    /** How much the event adds to the count with this ordinal. */
    int count(int ordinal) {
        return counts[ordinal];
    }

    long handlingMinutes() {
        return handlingMinutes;
    }
}
