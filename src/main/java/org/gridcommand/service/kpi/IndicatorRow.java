package org.gridcommand.service.kpi;

import org.gridcommand.domain.kpi.Indicator;
import org.gridcommand.domain.kpi.Tally;

/**
 * One row of a breakdown: the dimension's key (an id, a channel, an officer; null for "not assigned"), its name,
 * and its counts.
 */
public record IndicatorRow(Object key, String name, Tally tally) {
    /** The indicator's value in this row (see {@link Tally#value}). */
    public Double value(Indicator indicator) {
        return tally.value(indicator);
    }
}
