package org.gridcommand.service.report;

import java.util.List;
import org.gridcommand.domain.kpi.Indicator;
import org.gridcommand.service.kpi.IndicatorRow;
import org.gridcommand.service.kpi.Score;

/** The report's opening paragraph: the key figures written out, with 环比 and 同比, the top problem and place. */
final class Summary {
    private Summary() {
    }

    static String of(ReportContent c) {
        ReportWords w = c.words();
        IndicatorRow now = c.total();
        IndicatorRow before = c.comparison().previous().total();
        IndicatorRow yearAgo = c.comparison().yearEarlier().total();
        StringBuilder text = new StringBuilder();
        text.append(w.get("summary.intake", w.withUnit(Indicator.INTAKE, now.value(Indicator.INTAKE)),
                w.get("summary.previous", change(w, Indicator.INTAKE, now, before)),
                w.get("summary.yearEarlier", change(w, Indicator.INTAKE, now, yearAgo))));
        text.append(w.get("summary.closure", w.withUnit(Indicator.DUE, now.value(Indicator.DUE)),
                w.withUnit(Indicator.CLOSED, now.value(Indicator.CLOSED)),
                w.value(Indicator.CLOSURE_RATE, now.value(Indicator.CLOSURE_RATE)),
                w.get("summary.previous", change(w, Indicator.CLOSURE_RATE, now, before)),
                w.value(Indicator.ON_TIME_CLOSURE_RATE, now.value(Indicator.ON_TIME_CLOSURE_RATE)),
                w.get("summary.previous", change(w, Indicator.ON_TIME_CLOSURE_RATE, now, before)),
                w.value(Indicator.ON_TIME_HANDLING_RATE, now.value(Indicator.ON_TIME_HANDLING_RATE))));
        text.append(w.get("summary.quality", w.value(Indicator.REWORK_RATE, now.value(Indicator.REWORK_RATE)),
                w.value(Indicator.SATISFACTION_RATE, now.value(Indicator.SATISFACTION_RATE)),
                w.withUnit(Indicator.AVERAGE_HANDLING_HOURS, now.value(Indicator.AVERAGE_HANDLING_HOURS)),
                w.value(Indicator.SUPERVISIONS, now.value(Indicator.SUPERVISIONS)),
                w.withUnit(Indicator.OVERDUE, now.value(Indicator.OVERDUE))));
        if (!c.topMinor().isEmpty() && !c.hotSpots().isEmpty()) {
            IndicatorRow problem = c.topMinor().get(0);
            IndicatorRow place = c.hotSpots().get(0);
            text.append(w.get("summary.top", problem.name(), w.withUnit(Indicator.INTAKE,
                    problem.value(Indicator.INTAKE)), place.name(), w.withUnit(Indicator.INTAKE,
                    place.value(Indicator.INTAKE))));
        }
        List<Score> ranking = c.unitScores();
        if (ranking.size() >= 2) {
            Score best = ranking.get(0);
            Score last = ranking.get(ranking.size() - 1);
            text.append(w.get("summary.ranking", best.name(), score(w, best), best.grade(), last.name(),
                    score(w, last), last.grade()));
        }
        return text.toString();
    }

    static String change(ReportWords w, Indicator i, IndicatorRow now, IndicatorRow before) {
        return w.change(i, now.value(i), before.value(i));
    }

    static String score(ReportWords w, Score s) {
        return String.format(w.locale(), "%.1f", s.score());
    }
}
