package org.gridcommand.service.report;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.gridcommand.domain.kpi.Indicator;
import org.gridcommand.domain.kpi.Period;
import org.gridcommand.service.kpi.IndicatorRow;
import org.gridcommand.service.kpi.IndicatorTable;
import org.gridcommand.service.kpi.Score;

/**
 * The report as a workbook for further work: one sheet per table, every figure a number (rates in percent with two
 * decimals, hours with one), written row by row by POI's streaming writer.
 */
final class XlsxReport {
    private final ReportContent c;
    private final ReportWords w;
    private SXSSFWorkbook book;
    private CellStyle bold;
    private CellStyle count;
    private CellStyle decimal;

    XlsxReport(ReportContent content) {
        this.c = content;
        this.w = content.words();
    }

    void write(OutputStream out) throws IOException {
        book = new SXSSFWorkbook(200);
        try {
            Font f = book.createFont();
            f.setBold(true);
            bold = book.createCellStyle();
            bold.setFont(f);
            count = book.createCellStyle();
            count.setDataFormat(book.createDataFormat().getFormat("#,##0"));
            decimal = book.createCellStyle();
            decimal.setDataFormat(book.createDataFormat().getFormat("0.00"));
            summary();
            breakdown(w.get("sheet.units"), c.byUnit(), c.unitScores());
            breakdown(w.get("sheet.streets"), c.byStreet(), null);
            breakdown(w.get("sheet.channels"), c.byChannel(), null);
            top(w.get("sheet.top"), c.topMinor());
            top(w.get("sheet.hotspots"), c.hotSpots());
            redBlack();
            trend();
            book.write(out);
        } finally {
            book.close();
        }
    }

    private void summary() {
        Sheet s = sheet(w.get("sheet.summary"));
        header(s, 0, w.get("column.indicator"), w.get("column.current"), w.get("column.previous"),
                w.get("column.yearEarlier"));
        int r = 1;
        for (Indicator i : ReportContent.KEY_FIGURES) {
            Row row = s.createRow(r++);
            row.createCell(0).setCellValue(w.indicator(i));
            value(row, 1, i, c.total().value(i));
            value(row, 2, i, c.comparison().previous().total().value(i));
            value(row, 3, i, c.comparison().yearEarlier().total().value(i));
        }
    }

    private void breakdown(String name, IndicatorTable table, List<Score> scores) {
        Sheet s = sheet(name);
        List<String> head = new ArrayList<>(List.of(w.get("column.name")));
        ReportContent.TABLE_COLUMNS.forEach(i -> head.add(w.indicator(i)));
        if (scores != null) {
            head.add(w.get("column.score"));
            head.add(w.get("column.grade"));
        }
        header(s, 0, head.toArray(String[]::new));
        int r = 1;
        for (IndicatorRow ir : table.rows()) {
            Row row = s.createRow(r++);
            row.createCell(0).setCellValue(ir.name());
            int col = 1;
            for (Indicator i : ReportContent.TABLE_COLUMNS) {
                value(row, col++, i, ir.value(i));
            }
            if (scores != null) {
                int at = col;
                scores.stream().filter(sc -> sc.key().equals(ir.key())).findFirst().ifPresent(sc -> {
                    row.createCell(at).setCellValue(sc.score());
                    row.getCell(at).setCellStyle(decimal);
                    row.createCell(at + 1).setCellValue(sc.grade().name());
                });
            }
        }
    }

    private void top(String name, List<IndicatorRow> rows) {
        Sheet s = sheet(name);
        header(s, 0, w.get("column.rank"), w.get("column.name"), w.indicator(Indicator.INTAKE));
        int r = 1;
        for (IndicatorRow ir : rows) {
            Row row = s.createRow(r);
            row.createCell(0).setCellValue(r++);
            row.createCell(1).setCellValue(ir.name());
            value(row, 2, Indicator.INTAKE, ir.value(Indicator.INTAKE));
        }
    }

    private void redBlack() {
        Sheet s = sheet(w.get("sheet.redblack"));
        header(s, 0, "", w.get("column.rank"), w.get("column.name"), w.get("column.score"), w.get("column.grade"));
        int r = 1;
        for (boolean red : new boolean[] {true, false}) {
            List<Score> list = red ? c.redBlack().red() : c.redBlack().black();
            for (int k = 0; k < list.size(); k++) {
                Row row = s.createRow(r++);
                row.createCell(0).setCellValue(w.get(red ? "red" : "black"));
                row.createCell(1).setCellValue(k + 1);
                row.createCell(2).setCellValue(list.get(k).name());
                row.createCell(3).setCellValue(list.get(k).score());
                row.getCell(3).setCellStyle(decimal);
                row.createCell(4).setCellValue(list.get(k).grade().name());
            }
        }
    }

    private void trend() {
        Sheet s = sheet(w.get("sheet.trend"));
        List<String> head = new ArrayList<>(List.of(w.get("column.period")));
        ReportContent.KEY_FIGURES.forEach(i -> head.add(w.indicator(i)));
        header(s, 0, head.toArray(String[]::new));
        List<Period> periods = c.comparison().current().scope().period().trailing(c.kind().trendLength());
        for (int k = 0; k < periods.size(); k++) {
            Row row = s.createRow(k + 1);
            row.createCell(0).setCellValue(w.period(periods.get(k)));
            int col = 1;
            for (Indicator i : ReportContent.KEY_FIGURES) {
                value(row, col++, i, c.trend().get(k).value(i));
            }
        }
    }

    private Sheet sheet(String name) {
        SXSSFSheet s = book.createSheet(name);
        s.setDefaultColumnWidth(14);
        s.setColumnWidth(0, 24 * 256);
        return s;
    }

    private void header(Sheet s, int rowIndex, String... titles) {
        Row row = s.createRow(rowIndex);
        for (int i = 0; i < titles.length; i++) {
            row.createCell(i).setCellValue(titles[i]);
            row.getCell(i).setCellStyle(bold);
        }
        s.createFreezePane(1, 1);
    }

    /** A number cell (blank when there is no value: nothing to divide by). */
    private void value(Row row, int col, Indicator i, Double v) {
        if (v == null) {
            row.createCell(col);
            return;
        }
        row.createCell(col).setCellValue(v);
        row.getCell(col).setCellStyle(i.kind() == Indicator.Kind.COUNT ? count : decimal);
    }
}
