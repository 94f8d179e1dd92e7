package org.gridcommand.service.kpi;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.gridcommand.domain.account.UseCase;
import org.gridcommand.domain.kpi.EventFacts;
import org.gridcommand.domain.kpi.EventLine;
import org.gridcommand.domain.kpi.Indicator;
import org.gridcommand.domain.kpi.Period;
import org.gridcommand.domain.kpi.PeriodKind;
import org.gridcommand.domain.kpi.Role;
import org.gridcommand.domain.kpi.Scope;
import org.gridcommand.domain.kpi.ScoreWeight;
import org.gridcommand.domain.time.WorkingCalendar;
import org.gridcommand.service.account.Permissions;
import org.gridcommand.store.kpi.EventFactsStore;
import org.gridcommand.store.kpi.HistoryRowScan;
import org.gridcommand.store.kpi.KpiNamesStore;
import org.gridcommand.store.kpi.KpiWeightsStore;

/**
 * Indicators (考核) for the statistics tab, the wall, the reports and the command line: a period's figures by any
 * dimension, with 环比 and 同比, composite scores by role and the 红黑榜, the events behind a figure, and the
 * weights an administrator may change. Figures are read as the history stands now (the application clock).
 */
public final class KpiService {
    private final EventFactsStore facts;
    private final KpiNamesStore names;
    private final KpiWeightsStore weights;
    private final HistoryRowScan rowScan;
    private final Supplier<WorkingCalendar> calendar;
    private final Clock clock;
    private final Permissions permissions;

    /** @param calendar the working calendar as it is stored now (read for each period's figures) */
    public KpiService(EventFactsStore facts, HistoryRowScan rowScan, KpiNamesStore names, KpiWeightsStore weights,
                      Supplier<WorkingCalendar> calendar, Clock clock) {
        this(facts, rowScan, names, weights, calendar, clock, Permissions.system());
    }

    /** As above, with the weights changed only by whom {@code permissions} allows (reference data). */
    public KpiService(EventFactsStore facts, HistoryRowScan rowScan, KpiNamesStore names, KpiWeightsStore weights,
                      Supplier<WorkingCalendar> calendar, Clock clock, Permissions permissions) {
        this.permissions = permissions;
        this.facts = facts;
        this.rowScan = rowScan;
        this.names = names;
        this.weights = weights;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** The {@code kind} of period around {@code date}, in the clock's time zone. */
    public Period period(PeriodKind kind, LocalDate date) {
        return Period.of(kind, date, clock.getZone());
    }

    /** The district's time zone (the application clock's). */
    public ZoneId zone() {
        return clock.getZone();
    }

    /** Today's date on the application clock. */
    public LocalDate today() {
        return LocalDate.now(clock);
    }

    /** The figures of {@code period} as the history stands now, named in {@code locale}'s language. */
    public PeriodFigures figures(Period period, Locale locale) {
        Scope scope = new Scope(period, clock.instant());
        return new PeriodFigures(scope, facts.facts(scope), new IndicatorEngine(calendar.get()), names.names(),
                locale);
    }

    /**
     * The same figures the plain way: every event and every history line read one by one and folded in Java. Slow
     * (it reads the whole history); it is the independent check of {@link #figures} that {@code gridcommand kpi
     * check} and {@code gridcommand bench kpi} run.
     */
    public PeriodFigures figuresReadLineByLine(Period period, Locale locale) {
        Scope scope = new Scope(period, clock.instant());
        List<EventFacts> all = new ArrayList<>();
        rowScan.scan(scope, all::add);
        return new PeriodFigures(scope, all, new IndicatorEngine(calendar.get()), names.names(), locale);
    }

    /** The period, the one before it (环比) and the same one a year earlier (同比). */
    public Comparison compare(Period period, Locale locale) {
        return new Comparison(figures(period, locale), figures(period.previous(), locale),
                figures(period.yearEarlier(), locale));
    }

    /** The district's totals of the {@code count} periods ending with {@code period}, oldest first (trend lines). */
    public List<IndicatorRow> trend(Period period, int count, Locale locale) {
        List<IndicatorRow> totals = new ArrayList<>();
        for (Period p : period.trailing(count)) {
            totals.add(figures(p, locale).total());
        }
        return totals;
    }

    /** The role's ranking in {@code figures}, best first, with the weights stored now. */
    public List<Score> scores(Role role, PeriodFigures figures) {
        return Scoring.rank(figures.by(role.dimension()), weights(role));
    }

    /** The stored weights of {@code role}. */
    public List<ScoreWeight> weights(Role role) {
        return weights.all().stream().filter(w -> w.role() == role).toList();
    }

    /** Every stored weight. */
    public List<ScoreWeight> weights() {
        return weights.all();
    }

    /**
     * Replaces the weights of {@code role}: all of them at once, each indicator once, adding up to 100.
     *
     * @throws WeightsRefusedException saying why, when they cannot be used (nothing is changed then)
     */
    public void changeWeights(Role role, List<ScoreWeight> newWeights, String systemActor) {
        String by = permissions.require(UseCase.REFERENCE_DATA, systemActor);
        if (newWeights.isEmpty()) {
            throw new WeightsRefusedException("empty", role.code());
        }
        Set<Indicator> seen = new HashSet<>();
        double sum = 0;
        for (ScoreWeight w : newWeights) {
            if (w.role() != role) {
                throw new WeightsRefusedException("role", w.role().code(), role.code());
            }
            if (!seen.add(w.indicator())) {
                throw new WeightsRefusedException("twice", w.indicator().code());
            }
            sum += w.weight();
        }
        if (Math.abs(sum - 100) > 0.01) {
            throw new WeightsRefusedException("sum", role.code(), String.format(Locale.ROOT, "%.2f", sum));
        }
        weights.replace(role, newWeights, by, clock.instant());
    }

    /** The events with these ids (the events behind a figure), oldest first. */
    public List<EventLine> events(List<Long> ids) {
        return names.events(ids);
    }
}
