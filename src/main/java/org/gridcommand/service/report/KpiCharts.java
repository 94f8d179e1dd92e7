package org.gridcommand.service.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.util.List;
import org.gridcommand.domain.kpi.Indicator;
import org.gridcommand.geo.tiles.CjkFont;
import org.gridcommand.service.kpi.IndicatorRow;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.PiePlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.LineAndShapeRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.general.DefaultPieDataset;

/**
 * The one chart engine: the statistics tab draws these charts on screen (through FXGraphics2D) and the reports
 * draw the very same charts into the PDF (through the PDF's Graphics2D), so a figure looks the same in both. Text
 * uses the bundled CJK font, which every machine has.
 */
public final class KpiCharts {
    static final Color INK = new Color(0x26, 0x32, 0x38);
    static final Color BLUE = new Color(0x1f, 0x6f, 0xb2);
    static final Color RED = new Color(0xc6, 0x28, 0x28);
    static final Color GREEN = new Color(0x2e, 0x7d, 0x32);
    private static final Color[] SLICES = {BLUE, new Color(0xef, 0x8a, 0x17), GREEN, new Color(0x8e, 0x24, 0xaa),
        new Color(0x54, 0x6e, 0x7a), RED, new Color(0x00, 0x83, 0x8f)};

    private final Font font;

    public KpiCharts() {
        this(CjkFont.load());
    }

    KpiCharts(Font font) {
        this.font = font;
    }

    /** An indicator over periods (oldest first): a line, or bars for a count. */
    public JFreeChart trend(String title, Indicator indicator, List<String> periods, List<Double> values) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < periods.size(); i++) {
            data.addValue(values.get(i), title, periods.get(i));
        }
        CategoryPlot plot = new CategoryPlot(data, axis(), numbers(null), indicator.kind() == Indicator.Kind.COUNT
                ? bars(BLUE) : line(BLUE));
        return chart(title, plot);
    }

    /** Reports received (bars) and the closure rates (lines, right axis) over periods: the reports' trend chart. */
    public JFreeChart intakeAndClosure(String title, ReportWords words, List<String> periods, List<IndicatorRow> rows) {
        DefaultCategoryDataset counts = new DefaultCategoryDataset();
        DefaultCategoryDataset rates = new DefaultCategoryDataset();
        for (int i = 0; i < periods.size(); i++) {
            IndicatorRow r = rows.get(i);
            counts.addValue(r.value(Indicator.INTAKE), words.indicator(Indicator.INTAKE), periods.get(i));
            rates.addValue(r.value(Indicator.CLOSURE_RATE), words.indicator(Indicator.CLOSURE_RATE), periods.get(i));
            rates.addValue(r.value(Indicator.ON_TIME_CLOSURE_RATE), words.indicator(Indicator.ON_TIME_CLOSURE_RATE),
                    periods.get(i));
        }
        CategoryPlot plot = new CategoryPlot(counts, axis(), numbers(words.get("chart.count")), bars(BLUE));
        plot.setDataset(1, rates);
        NumberAxis percent = numbers(words.get("chart.rate"));
        percent.setRange(0, 100);
        plot.setRangeAxis(1, percent);
        plot.mapDatasetToRangeAxis(1, 1);
        LineAndShapeRenderer lines = line(RED);
        lines.setSeriesPaint(1, GREEN);
        plot.setRenderer(1, lines);
        plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD);
        return chart(title, plot);
    }

    /** Rows ranked by an indicator (highest first), as horizontal bars. */
    public JFreeChart ranking(String title, Indicator indicator, List<IndicatorRow> rows) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        rows.forEach(r -> data.addValue(r.value(indicator), title, r.name()));
        return horizontal(title, data);
    }

    /** Named scores (0–100), as horizontal bars. */
    public JFreeChart scores(String title, List<String> names, List<Double> scores) {
        DefaultCategoryDataset data = new DefaultCategoryDataset();
        for (int i = 0; i < names.size(); i++) {
            data.addValue(scores.get(i), "score", names.get(i));
        }
        JFreeChart chart = horizontal(title, data);
        ((NumberAxis) chart.getCategoryPlot().getRangeAxis()).setRange(0, 100);
        return chart;
    }

    /** How an indicator divides between the rows (a pie). */
    public JFreeChart distribution(String title, Indicator indicator, List<IndicatorRow> rows) {
        DefaultPieDataset<String> data = new DefaultPieDataset<>();
        rows.forEach(r -> {
            Double v = r.value(indicator);
            if (v != null && v > 0) {
                data.setValue(r.name(), v);
            }
        });
        PiePlot<String> plot = new PiePlot<>(data);
        for (int i = 0; i < data.getItemCount(); i++) {
            plot.setSectionPaint(data.getKey(i), SLICES[i % SLICES.length]);
        }
        plot.setLabelFont(font.deriveFont(11f));
        plot.setBackgroundPaint(Color.WHITE);
        plot.setOutlineVisible(false);
        plot.setShadowPaint(null);
        return chart(title, plot);
    }

    private JFreeChart horizontal(String title, DefaultCategoryDataset data) {
        CategoryPlot plot = new CategoryPlot(data, axis(), numbers(null), bars(BLUE));
        plot.setOrientation(PlotOrientation.HORIZONTAL);
        JFreeChart chart = chart(title, plot);
        chart.removeLegend();
        return chart;
    }

    private JFreeChart chart(String title, Plot plot) {
        JFreeChart chart = new JFreeChart(title, font.deriveFont(Font.BOLD, 14f), plot, true);
        chart.setBackgroundPaint(Color.WHITE);
        chart.setTextAntiAlias(true);
        chart.setAntiAlias(true);
        if (chart.getLegend() != null) {
            chart.getLegend().setItemFont(font.deriveFont(11f));
        }
        TextTitle t = chart.getTitle();
        t.setPaint(INK);
        if (plot instanceof CategoryPlot c) {
            c.setBackgroundPaint(Color.WHITE);
            c.setRangeGridlinePaint(new Color(0xcf, 0xd8, 0xdc));
            c.setOutlineVisible(false);
        }
        return chart;
    }

    private CategoryAxis axis() {
        CategoryAxis axis = new CategoryAxis();
        axis.setTickLabelFont(font.deriveFont(11f));
        axis.setMaximumCategoryLabelLines(2);
        axis.setCategoryLabelPositions(CategoryLabelPositions.STANDARD);
        return axis;
    }

    private NumberAxis numbers(String label) {
        NumberAxis axis = new NumberAxis(label);
        axis.setLabelFont(font.deriveFont(11f));
        axis.setTickLabelFont(font.deriveFont(10f));
        return axis;
    }

    private static BarRenderer bars(Color color) {
        BarRenderer r = new BarRenderer();
        r.setBarPainter(new StandardBarPainter());
        r.setShadowVisible(false);
        r.setSeriesPaint(0, color);
        r.setMaximumBarWidth(0.08);
        return r;
    }

    private static LineAndShapeRenderer line(Color color) {
        LineAndShapeRenderer r = new LineAndShapeRenderer(true, true);
        r.setSeriesPaint(0, color);
        r.setSeriesStroke(0, new BasicStroke(2f));
        r.setSeriesStroke(1, new BasicStroke(2f));
        return r;
    }
}
