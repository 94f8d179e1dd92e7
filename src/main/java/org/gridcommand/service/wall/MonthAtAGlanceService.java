package org.gridcommand.service.wall;

import java.util.List;
import java.util.Locale;
import org.gridcommand.domain.kpi.Dimension;
import org.gridcommand.domain.kpi.Indicator;
import org.gridcommand.domain.kpi.Period;
import org.gridcommand.domain.kpi.PeriodKind;
import org.gridcommand.domain.kpi.Role;
import org.gridcommand.service.kpi.KpiService;
import org.gridcommand.service.kpi.PeriodFigures;
import org.gridcommand.service.kpi.Score;

/** Reads the wall's assessment tiles from the indicators (three reads: this month, last month, today). */
public final class MonthAtAGlanceService {
    private final KpiService kpi;

    public MonthAtAGlanceService(KpiService kpi) {
        this.kpi = kpi;
    }

    /** The figures now, names in {@code locale}'s language. */
    public MonthAtAGlance now(Locale locale) {
        Period month = kpi.period(PeriodKind.MONTH, kpi.today());
        PeriodFigures current = kpi.figures(month, locale);
        PeriodFigures last = kpi.figures(month.previous(), locale);
        PeriodFigures today = kpi.figures(kpi.period(PeriodKind.DAY, kpi.today()), locale);
        List<Score> ranking = kpi.scores(Role.DEPARTMENT, current);
        return new MonthAtAGlance(current.total(), last.total(),
                today.by(Dimension.CHANNEL).top(Indicator.INTAKE, 5), ranking.subList(0, Math.min(3, ranking.size())));
    }
}
