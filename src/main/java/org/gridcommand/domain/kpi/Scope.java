package org.gridcommand.domain.kpi;

import java.time.Instant;

/** The period an indicator is counted for and the moment the history is read as of (usually now). */
public record Scope(Period period, Instant asOf) {
    /** True when {@code t} is within the period and not after {@code asOf}. */
    public boolean within(Instant t) {
        return period.contains(t) && !t.isAfter(asOf);
    }
}
