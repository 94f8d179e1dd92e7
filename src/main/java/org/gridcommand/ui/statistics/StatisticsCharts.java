package org.gridcommand.ui.statistics;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridcommand.domain.kpi.Indicator;
import org.gridcommand.domain.kpi.Period;
import org.gridcommand.service.kpi.IndicatorRow;
import org.gridcommand.service.kpi.IndicatorTable;
import org.gridcommand.service.report.KpiCharts;
import org.jfree.chart.JFreeChart;

/** The tab's three charts, made by the reports' chart engine from the tab's choices. */
final class StatisticsCharts {
    private static final int BARS = 15;
    private static final int SLICES = 8;
    private final KpiCharts charts;
    private final Locale locale;

    StatisticsCharts(KpiCharts charts, Locale locale) {
        this.charts = charts;
        this.locale = locale;
    }

    JFreeChart ranking(Indicator indicator, IndicatorTable table) {
        return charts.ranking(indicator.label(locale), indicator, table.top(indicator, BARS));
    }

    JFreeChart distribution(Indicator indicator, IndicatorTable table) {
        Indicator count = indicator.kind() == Indicator.Kind.COUNT ? indicator : Indicator.INTAKE;
        return charts.distribution(count.label(locale), count, table.top(count, SLICES));
    }

    JFreeChart trend(Indicator indicator, Period last, List<IndicatorRow> totals) {
        List<String> labels = new ArrayList<>();
        List<Double> values = new ArrayList<>();
        List<Period> periods = last.trailing(totals.size());
        for (int i = 0; i < totals.size(); i++) {
            Period p = periods.get(i);
            labels.add(p.first().getMonthValue() + "-" + p.first().getDayOfMonth());
            values.add(totals.get(i).value(indicator));
        }
        return charts.trend(indicator.label(locale), indicator, labels, values);
    }
}
