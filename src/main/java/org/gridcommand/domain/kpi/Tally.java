package org.gridcommand.domain.kpi;

import java.time.Duration;
import org.gridcommand.domain.time.WorkingCalendar;

/** The counts of one row of a breakdown (one unit, one grid…), added up event by event. */
public final class Tally {
    /** By the indicators' ordinals (rates and hours stay 0: they are worked out from counts). */
    private final long[] counts = new long[Indicator.values().length];
    private long handlingMinutes;

    /** Adds one event's contribution to every count; handling time is counted on {@code calendar}. */
    public void add(EventFacts facts, Scope scope, WorkingCalendar calendar) {
        add(EventContribution.of(facts, scope, calendar));
    }

    /** Adds one event's contribution, worked out before. */
    public void add(EventContribution event) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += event.count(i);
        }
        handlingMinutes += event.handlingMinutes();
    }

    /** Adds another row's counts (e.g. the total of all rows). */
    public void addAll(Tally other) {
        for (int i = 0; i < counts.length; i++) {
            counts[i] += other.counts[i];
        }
        handlingMinutes += other.handlingMinutes;
    }

    /** A count. */
    public long count(Indicator indicator) {
        return counts[indicator.ordinal()];
    }

    /**
     * The indicator's value: a count, a percentage (null when nothing to divide by), or average working hours (null
     * when nothing was handled).
     */
    public Double value(Indicator indicator) {
        return switch (indicator.kind()) {
            case COUNT -> (double) count(indicator);
            case RATE -> {
                long d = count(indicator.denominator());
                if (d == 0) {
                    yield null;
                }
                double share = (double) count(indicator.numerator()) / d;
                yield 100 * (indicator.complement() ? 1 - share : share);
            }
            case HOURS -> {
                long n = count(Indicator.HANDLED_WITH_TIME);
                yield n == 0 ? null : handlingMinutes / 60.0 / n;
            }
        };
    }

    /** The working hours of all timed handling in this row (for checks). */
    public Duration handlingTime() {
        return Duration.ofMinutes(handlingMinutes);
    }
}
