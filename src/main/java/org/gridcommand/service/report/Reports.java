package org.gridcommand.service.report;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.domain.kpi.Dimension;
import org.gridcommand.domain.kpi.Indicator;
import org.gridcommand.domain.kpi.Period;
import org.gridcommand.domain.kpi.Role;
import org.gridcommand.service.city.CityService;
import org.gridcommand.service.kpi.Comparison;
import org.gridcommand.service.kpi.IndicatorRow;
import org.gridcommand.service.kpi.KpiService;
import org.gridcommand.service.kpi.PeriodFigures;
import org.gridcommand.service.kpi.RedBlackList;
import org.gridcommand.service.kpi.Score;

/**
 * The 日分析, 周总结 and 月通报: their content computed from the indicators, written as PDF or XLSX. Used by
 * {@code gridcommand report} and the statistics tab alike.
 */
public final class Reports {
    private static final int TOP = 10;
    /** The areas a report names and draws (the district; streets and communities on the hot-spot map). */
    private static final Set<AreaLevel> MAP_LEVELS = EnumSet.of(AreaLevel.DISTRICT, AreaLevel.STREET,
            AreaLevel.COMMUNITY);
    private final KpiService kpi;
    private final CityService city;
    private final KpiCharts charts = new KpiCharts();
    private PdfFonts fonts;

    public Reports(KpiService kpi, CityService city) {
        this.kpi = kpi;
        this.city = city;
    }

    /** What the {@code kind} of report for the period around {@code date} shows, in {@code locale}'s language. */
    public ReportContent content(ReportKind kind, LocalDate date, Locale locale) {
        Period period = kpi.period(kind.period(), date);
        Comparison comparison = kpi.compare(period, locale);
        PeriodFigures current = comparison.current();
        List<IndicatorRow> trend = new ArrayList<>();
        for (Period p : period.trailing(kind.trendLength())) {
            trend.add(p.equals(period) ? current.total() : p.equals(period.previous())
                    ? comparison.previous().total() : kpi.figures(p, locale).total());
        }
        var byCommunity = current.by(Dimension.COMMUNITY);
        List<Score> scores = kpi.scores(Role.DEPARTMENT, current);
        return new ReportContent(kind, new ReportWords(locale), comparison, current.by(Dimension.UNIT),
                current.by(Dimension.STREET), current.by(Dimension.CHANNEL), trend,
                current.by(Dimension.MINOR_CATEGORY).top(Indicator.INTAKE, TOP), byCommunity.top(Indicator.INTAKE, TOP),
                byCommunity, city.areas(MAP_LEVELS), scores, RedBlackList.of(scores, 3));
    }

    /** Writes {@code content} as {@code format} to {@code out} (not closed). */
    public void write(ReportContent content, ReportFormat format, OutputStream out) throws IOException {
        String district = content.areas().stream().filter(a -> a.getLevel() == AreaLevel.DISTRICT)
                .map(Area::getName).findFirst().orElse("");
        switch (format) {
            case PDF -> new PdfReport(content, charts, fonts(), district).write(out);
            case XLSX -> new XlsxReport(content).write(out);
        }
    }

    /** The PDF font, read at the first PDF and kept. */
    private synchronized PdfFonts fonts() {
        if (fonts == null) {
            fonts = new PdfFonts();
        }
        return fonts;
    }

    /** The charts, for the screen (the statistics tab) to draw the same way. */
    public KpiCharts charts() {
        return charts;
    }
}
