package org.gridcommand.domain.kpi;

import java.time.Instant;
import java.util.Objects;

/**
 * The period an indicator is counted for and the moment the history is read as of (usually now). Its bounds are
 * worked out once: the engine asks "within?" millions of times.
 */
public final class Scope {
    private final Period period;
    private final Instant asOf;
    private final Instant start;
    private final Instant end;

    public Scope(Period period, Instant asOf) {
        this.period = Objects.requireNonNull(period);
        this.asOf = Objects.requireNonNull(asOf);
        this.start = period.start();
        this.end = period.end();
    }

    public Period period() {
        return period;
    }

    public Instant asOf() {
        return asOf;
    }

    /** True when {@code t} is within the period and not after {@code asOf}. */
    public boolean within(Instant t) {
        return t != null && !t.isBefore(start) && t.isBefore(end) && !t.isAfter(asOf);
    }
}
