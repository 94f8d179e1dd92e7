package org.gridcommand.service.kpi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.gridcommand.domain.kpi.Dimension;
import org.gridcommand.domain.kpi.EventContribution;
import org.gridcommand.domain.kpi.EventFacts;
import org.gridcommand.domain.kpi.Scope;
import org.gridcommand.domain.kpi.Tally;
import org.gridcommand.domain.time.WorkingCalendar;

/**
 * The one indicator engine: folds the facts of a period's events into a {@link Tally} per value of a dimension,
 * every indicator of the catalogue at once, and the total. Pure computation; the facts come from
 * {@code store.kpi.EventFactsStore}.
 */
public final class IndicatorEngine {
    private final WorkingCalendar calendar;

    public IndicatorEngine(WorkingCalendar calendar) {
        this.calendar = calendar;
    }

    /** What each of {@code facts} adds to the counts of {@code scope}, in the same order (once per period). */
    public List<EventContribution> counts(List<EventFacts> facts, Scope scope) {
        List<EventContribution> counts = new ArrayList<>(facts.size());
        for (EventFacts f : facts) {
            counts.add(EventContribution.of(f, scope, calendar));
        }
        return counts;
    }

    /**
     * The breakdown of {@code facts} by {@code dimension}; {@code names} turns a key into the row's name. Rows are
     * sorted by name, the row of events without a value last.
     */
    public IndicatorTable breakdown(List<EventFacts> facts, Scope scope, Dimension dimension,
                                    Function<Object, String> names) {
        return breakdown(facts, counts(facts, scope), scope, dimension, names);
    }

    /** The same, with what each event adds worked out before ({@link #counts}, in the order of {@code facts}). */
    public IndicatorTable breakdown(List<EventFacts> facts, List<EventContribution> counts, Scope scope,
                                    Dimension dimension, Function<Object, String> names) {
        Map<Object, Tally> byKey = new LinkedHashMap<>();
        for (int i = 0; i < facts.size(); i++) {
            byKey.computeIfAbsent(dimension.keyOf(facts.get(i)), k -> new Tally()).add(counts.get(i));
        }
        Tally total = new Tally();
        List<IndicatorRow> rows = new ArrayList<>();
        byKey.forEach((key, tally) -> {
            total.addAll(tally);
            rows.add(new IndicatorRow(key, names.apply(key), tally));
        });
        rows.sort(Comparator.comparing((IndicatorRow r) -> r.key() == null).thenComparing(IndicatorRow::name));
        return new IndicatorTable(scope.period(), dimension, List.copyOf(rows),
                new IndicatorRow(null, names.apply("all"), total));
    }
}
