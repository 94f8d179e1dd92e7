package org.gridcommand.service.kpi;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gridcommand.domain.kpi.Dimension;
import org.gridcommand.domain.kpi.Indicator;
import org.gridcommand.domain.kpi.Period;

/** Every indicator of a period broken down by one dimension, with the total over all rows. */
public record IndicatorTable(Period period, Dimension dimension, List<IndicatorRow> rows, IndicatorRow total) {

    /** The row of {@code key}, if any event had it. */
    public Optional<IndicatorRow> row(Object key) {
        return rows.stream().filter(r -> Objects.equals(r.key(), key)).findFirst();
    }

    /** The {@code n} rows with the highest value of {@code indicator} (rows without a value last), highest first. */
    public List<IndicatorRow> top(Indicator indicator, int n) {
        return rows.stream().filter(r -> r.key() != null && r.value(indicator) != null)
                .sorted(Comparator.comparing((IndicatorRow r) -> r.value(indicator)).reversed()
                        .thenComparing(IndicatorRow::name))
                .limit(n).toList();
    }
}
