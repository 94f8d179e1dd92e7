package org.gridcommand.domain.kpi;

import java.time.Duration;
import java.util.EnumMap;
import java.util.Map;
import org.gridcommand.domain.time.WorkingCalendar;

/** The counts of one row of a breakdown (one unit, one grid…), added up event by event. */
public final class Tally {
    private final Map<Indicator, Long> counts = new EnumMap<>(Indicator.class);
    private long handlingMinutes;

    /** Adds one event's contribution to every count; handling time is counted on {@code calendar}. */
    public void add(EventFacts facts, Scope scope, WorkingCalendar calendar) {
        for (Indicator i : Indicator.values()) {
            if (i.kind() == Indicator.Kind.COUNT) {
                int n = i.count(facts, scope);
                if (n != 0) {
                    counts.merge(i, (long) n, Long::sum);
                }
            }
        }
        if (Indicator.HANDLED_WITH_TIME.count(facts, scope) > 0) {
            handlingMinutes += calendar.workingTimeBetween(facts.firstDispatchAt(), facts.handledAt()).toMinutes();
        }
    }

    /** Adds another row's counts (e.g. the total of all rows). */
    public void addAll(Tally other) {
        other.counts.forEach((k, v) -> counts.merge(k, v, Long::sum));
        handlingMinutes += other.handlingMinutes;
    }

    /** A count. */
    public long count(Indicator indicator) {
        return counts.getOrDefault(indicator, 0L);
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
