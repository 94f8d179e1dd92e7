package org.gridcommand.service.wall;

import java.util.List;
import org.gridcommand.service.kpi.IndicatorRow;
import org.gridcommand.service.kpi.Score;

/**
 * The wall's assessment tiles: this month's rates against last month's, today's reports by channel, and the best
 * scored units this month.
 *
 * @param month       this month so far, the district's totals
 * @param lastMonth   last month, the district's totals
 * @param todayByChannel today's reports, one row per channel
 * @param topUnits    the best three units of the 专业部门 ranking this month
 */
public record MonthAtAGlance(IndicatorRow month, IndicatorRow lastMonth, List<IndicatorRow> todayByChannel,
                             List<Score> topUnits) {
}
