package org.gridcommand.service.report;

import java.util.Locale;
import org.gridcommand.domain.kpi.PeriodKind;

/** The house's three reports: 日分析 (a day), 周总结 (a week), 月通报 (a month). */
public enum ReportKind {
    DAILY(PeriodKind.DAY, 7),
    WEEKLY(PeriodKind.WEEK, 8),
    MONTHLY(PeriodKind.MONTH, 6);

    private final PeriodKind period;
    private final int trendLength;

    ReportKind(PeriodKind period, int trendLength) {
        this.period = period;
        this.trendLength = trendLength;
    }

    public PeriodKind period() {
        return period;
    }

    /** How many periods the trend chart shows, this one included. */
    public int trendLength() {
        return trendLength;
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
