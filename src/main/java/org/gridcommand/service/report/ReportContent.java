package org.gridcommand.service.report;

import java.util.List;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.kpi.Indicator;
import org.gridcommand.service.kpi.Comparison;
import org.gridcommand.service.kpi.IndicatorRow;
import org.gridcommand.service.kpi.IndicatorTable;
import org.gridcommand.service.kpi.RedBlackList;
import org.gridcommand.service.kpi.Score;

/**
 * Everything one report shows, computed once and written as PDF or XLSX: the period against the one before (环比)
 * and a year earlier (同比), the breakdowns, the trend, the hot spots, the units' ranking and 红黑榜.
 *
 * @param trend      the district's totals of the last periods of this kind, oldest first (this one last)
 * @param topMinor   the 小类 with the most reports (high-frequency categories)
 * @param hotSpots   the communities with the most reports
 * @param communities the period's figures by community, for the hot-spot map
 * @param areas      the district's areas with their boundaries, for the hot-spot map
 */
public record ReportContent(ReportKind kind, ReportWords words, Comparison comparison, IndicatorTable byUnit,
                            IndicatorTable byStreet, IndicatorTable byChannel, List<IndicatorRow> trend,
                            List<IndicatorRow> topMinor, List<IndicatorRow> hotSpots, IndicatorTable communities,
                            List<Area> areas, List<Score> unitScores, RedBlackList redBlack) {

    /** The figures each report leads with, in this order. */
    public static final List<Indicator> KEY_FIGURES = List.of(Indicator.INTAKE, Indicator.REGISTERED,
            Indicator.DISPATCHED, Indicator.DUE, Indicator.CLOSED, Indicator.CLOSURE_RATE,
            Indicator.ON_TIME_CLOSURE_RATE, Indicator.ON_TIME_HANDLING_RATE, Indicator.TIMELY_DISPATCH_RATE,
            Indicator.REWORK_RATE, Indicator.SATISFACTION_RATE, Indicator.AVERAGE_HANDLING_HOURS,
            Indicator.OVERDUE, Indicator.SUPERVISIONS);

    /** The columns of the breakdown tables. */
    public static final List<Indicator> TABLE_COLUMNS = List.of(Indicator.INTAKE, Indicator.DUE, Indicator.CLOSED,
            Indicator.CLOSURE_RATE, Indicator.ON_TIME_CLOSURE_RATE, Indicator.REWORK_RATE,
            Indicator.SATISFACTION_RATE, Indicator.AVERAGE_HANDLING_HOURS);

    public IndicatorRow total() {
        return comparison.current().total();
    }
}
