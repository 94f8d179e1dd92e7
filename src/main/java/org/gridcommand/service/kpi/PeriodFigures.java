package org.gridcommand.service.kpi;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.gridcommand.domain.kpi.Dimension;
import org.gridcommand.domain.kpi.EventContribution;
import org.gridcommand.domain.kpi.EventFacts;
import org.gridcommand.domain.kpi.Indicator;
import org.gridcommand.domain.kpi.Scope;

/**
 * The facts of one period's events, read once, from which any breakdown of it is computed without asking the
 * database again (a report asks for a dozen); what each event adds to the counts is worked out once too.
 */
public final class PeriodFigures {
    private final Scope scope;
    private final List<EventFacts> facts;
    private final List<EventContribution> counts;
    private final IndicatorEngine engine;
    private final Map<Long, String> names;
    private final Locale locale;

    PeriodFigures(Scope scope, List<EventFacts> facts, IndicatorEngine engine, Map<Long, String> names,
                  Locale locale) {
        this.scope = scope;
        this.facts = facts;
        this.counts = engine.counts(facts, scope);
        this.engine = engine;
        this.names = names;
        this.locale = locale;
    }

    public Scope scope() {
        return scope;
    }

    /** How many events the period's indicators looked at. */
    public int eventCount() {
        return facts.size();
    }

    /** Every indicator by {@code dimension}. */
    public IndicatorTable by(Dimension dimension) {
        return engine.breakdown(facts, counts, scope, dimension, new RowNames(names, dimension, locale));
    }

    /** The district's total of every indicator. */
    public IndicatorRow total() {
        return by(Dimension.DISTRICT).total();
    }

    /**
     * The ids of the events behind a figure: those {@code indicator} counts (for a rate, those of its denominator)
     * in the row {@code key} of {@code dimension}.
     */
    public List<Long> eventsBehind(Dimension dimension, Object key, Indicator indicator) {
        return facts.stream()
                .filter(f -> dimension == Dimension.DISTRICT || Objects.equals(dimension.keyOf(f), key))
                .filter(f -> indicator.isBehind(f, scope))
                .map(EventFacts::id).toList();
    }
}
