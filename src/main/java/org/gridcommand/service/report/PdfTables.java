package org.gridcommand.service.report;

import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.awt.Color;
import java.util.Arrays;
import java.util.List;
import org.gridcommand.domain.kpi.Indicator;
import org.gridcommand.service.kpi.IndicatorRow;
import org.gridcommand.service.kpi.IndicatorTable;
import org.gridcommand.service.kpi.RedBlackList;
import org.gridcommand.service.kpi.Score;

/** The report's tables in the PDF: header row shaded, figures right-aligned. */
final class PdfTables {
    private static final Color HEADER = new Color(0xe3, 0xee, 0xf7);
    private final PdfFonts fonts;
    private final ReportWords w;

    PdfTables(PdfFonts fonts, ReportWords words) {
        this.fonts = fonts;
        this.w = words;
    }

    /** Each key figure now, in the previous period and a year earlier, with the changes. */
    PdfPTable keyFigures(ReportContent c) {
        PdfPTable t = table(new float[] {3, 2, 2, 2.4f, 2, 2.4f});
        header(t, "column.indicator", "column.current", "column.previous", "column.mom", "column.yearEarlier",
                "column.yoy");
        IndicatorRow now = c.total();
        IndicatorRow before = c.comparison().previous().total();
        IndicatorRow yearAgo = c.comparison().yearEarlier().total();
        for (Indicator i : ReportContent.KEY_FIGURES) {
            text(t, w.indicator(i));
            number(t, w.value(i, now.value(i)));
            number(t, w.value(i, before.value(i)));
            number(t, w.change(i, now.value(i), before.value(i)));
            number(t, w.value(i, yearAgo.value(i)));
            number(t, w.change(i, now.value(i), yearAgo.value(i)));
        }
        return t;
    }

    /** Ranked units with score, grade and the rates behind it. */
    PdfPTable ranking(List<Score> scores, IndicatorTable byUnit, int firstRank) {
        PdfPTable t = table(new float[] {1, 4, 1.6f, 1.2f, 1.8f, 1.8f, 1.6f});
        header(t, "column.rank", "column.name", "column.score", "column.grade");
        headerText(t, w.indicator(Indicator.CLOSURE_RATE), w.indicator(Indicator.ON_TIME_HANDLING_RATE),
                w.indicator(Indicator.REWORK_RATE));
        int rank = firstRank;
        for (Score s : scores) {
            IndicatorRow row = byUnit.row(s.key()).orElseThrow();
            number(t, Integer.toString(rank++));
            text(t, s.name());
            number(t, String.format(w.locale(), "%.1f", s.score()));
            number(t, s.grade().name());
            number(t, w.value(Indicator.CLOSURE_RATE, row.value(Indicator.CLOSURE_RATE)));
            number(t, w.value(Indicator.ON_TIME_HANDLING_RATE, row.value(Indicator.ON_TIME_HANDLING_RATE)));
            number(t, w.value(Indicator.REWORK_RATE, row.value(Indicator.REWORK_RATE)));
        }
        return t;
    }

    /** 红榜 and 黑榜 side by side. */
    PdfPTable redBlack(RedBlackList list, IndicatorTable byUnit) {
        PdfPTable t = table(new float[] {1, 1});
        PdfPCell red = new PdfPCell(ranking(list.red(), byUnit, 1));
        PdfPCell black = new PdfPCell(ranking(list.black(), byUnit, 1));
        PdfPCell redTitle = cell(w.get("red"), fonts.font(11, Font.BOLD, KpiCharts.RED));
        PdfPCell blackTitle = cell(w.get("black"), fonts.font(11, Font.BOLD, KpiCharts.INK));
        for (PdfPCell cell : List.of(redTitle, blackTitle, red, black)) {
            cell.setBorder(0);
            cell.setPadding(2);
            t.addCell(cell);
        }
        return t;
    }

    /** A top-N list: rank, name, reports received. */
    PdfPTable top(String title, List<IndicatorRow> rows) {
        PdfPTable t = table(new float[] {1, 5, 2});
        PdfPCell head = cell(title, fonts.font(10, Font.BOLD, KpiCharts.INK));
        head.setColspan(3);
        head.setBackgroundColor(HEADER);
        t.addCell(head);
        int rank = 1;
        for (IndicatorRow r : rows) {
            number(t, Integer.toString(rank++));
            text(t, r.name());
            number(t, w.value(Indicator.INTAKE, r.value(Indicator.INTAKE)));
        }
        t.setSpacingAfter(8);
        return t;
    }

    /** A breakdown with the table columns of every report. */
    PdfPTable breakdown(List<IndicatorRow> rows) {
        float[] widths = new float[ReportContent.TABLE_COLUMNS.size() + 1];
        Arrays.fill(widths, 1.6f);
        widths[0] = 3;
        PdfPTable t = table(widths);
        header(t, "column.name");
        headerText(t, ReportContent.TABLE_COLUMNS.stream().map(w::indicator).toArray(String[]::new));
        for (IndicatorRow r : rows) {
            text(t, r.name());
            for (Indicator i : ReportContent.TABLE_COLUMNS) {
                number(t, w.value(i, r.value(i)));
            }
        }
        return t;
    }

    private PdfPTable table(float[] widths) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        return t;
    }

    private void header(PdfPTable t, String... keys) {
        for (String k : keys) {
            headerText(t, w.get(k));
        }
    }

    private void headerText(PdfPTable t, String... texts) {
        for (String s : texts) {
            PdfPCell cell = cell(s, fonts.font(9, Font.BOLD, KpiCharts.INK));
            cell.setBackgroundColor(HEADER);
            cell.setHorizontalAlignment(Element.ALIGN_CENTER);
            t.addCell(cell);
        }
    }

    private void text(PdfPTable t, String s) {
        t.addCell(cell(s, fonts.font(9, Font.NORMAL)));
    }

    private void number(PdfPTable t, String s) {
        PdfPCell cell = cell(s, fonts.font(9, Font.NORMAL));
        cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
        t.addCell(cell);
    }

    private static PdfPCell cell(String s, Font font) {
        PdfPCell cell = new PdfPCell(new Phrase(s, font));
        cell.setPadding(3);
        cell.setBorderColor(new Color(0xb0, 0xbe, 0xc5));
        return cell;
    }
}
