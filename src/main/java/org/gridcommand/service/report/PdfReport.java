package org.gridcommand.service.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.Image;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfTemplate;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.OutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.gridcommand.domain.kpi.Indicator;
import org.gridcommand.domain.kpi.Period;
import org.jfree.chart.JFreeChart;

/**
 * The report as a PDF in the house layout: title, period, the summary paragraph, the key figures against the
 * previous period and a year earlier, the trend chart, the units' ranking and 红黑榜, the hot-spot map with the
 * frequent problems, the streets and the channels. A4, the bundled CJK font embedded.
 */
final class PdfReport {
    private final ReportContent c;
    private final ReportWords w;
    private final KpiCharts charts;
    private final String district;
    private final PdfFonts fonts;
    private final PdfTables tables;
    private PdfWriter writer;
    private Document doc;

    PdfReport(ReportContent content, KpiCharts charts, PdfFonts fonts, String district) {
        this.c = content;
        this.fonts = fonts;
        this.w = content.words();
        this.charts = charts;
        this.district = district;
        this.tables = new PdfTables(fonts, w);
    }

    void write(OutputStream out) throws IOException {
        doc = new Document(PageSize.A4, 42, 42, 40, 40);
        try {
            writer = PdfWriter.getInstance(doc, out);
            writer.setCloseStream(false);
            doc.addTitle(title());
            doc.addCreator("GridCommand");
            doc.open();
            heading();
            section("section.summary");
            Paragraph summary = new Paragraph(Summary.of(c), fonts.font(11, Font.NORMAL));
            summary.setLeading(19);
            summary.setFirstLineIndent(22);
            doc.add(summary);
            section("section.figures");
            doc.add(tables.keyFigures(c));
            section("section.trend");
            List<String> periods = c.comparison().current().scope().period().trailing(c.kind().trendLength())
                    .stream().map(this::shortLabel).toList();
            chart(charts.intakeAndClosure(w.get("chart.trend"), w, periods, c.trend()), 500, 220);
            section("section.units");
            doc.add(tables.ranking(c.unitScores().subList(0, Math.min(10, c.unitScores().size())), c.byUnit(), 1));
            section("section.redblack");
            doc.add(tables.redBlack(c.redBlack(), c.byUnit()));
            section("section.hotspots");
            drawing(500, 330, (g, box) -> new HotSpotMap(c.areas(), c.communities(), c.hotSpots().subList(0,
                    Math.min(5, c.hotSpots().size())), fonts.awt()).draw(g, box), w.get("chart.hotspots"));
            doc.add(tables.top(w.get("sheet.top"), c.topMinor()));
            doc.add(tables.top(w.get("sheet.hotspots"), c.hotSpots()));
            section("section.streets");
            doc.add(tables.breakdown(c.byStreet().rows()));
            section("section.channels");
            chart(charts.distribution(w.get("chart.channels"), Indicator.INTAKE, c.byChannel().rows()), 420, 240);
        } catch (DocumentException e) {
            throw new IOException("cannot write the PDF: " + e.getMessage(), e);
        } finally {
            if (doc.isOpen()) {
                doc.close();
            }
        }
    }

    private String title() {
        return w.get("title." + c.kind().code(), district);
    }

    private void heading() throws DocumentException {
        Paragraph t = new Paragraph(title(), fonts.font(20, Font.BOLD, KpiCharts.INK));
        t.setAlignment(Element.ALIGN_CENTER);
        doc.add(t);
        ZoneId zone = c.comparison().current().scope().period().zone();
        String asOf = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").format(c.comparison().current().scope().asOf()
                .atZone(zone));
        Paragraph sub = new Paragraph(w.get("subtitle", w.period(c.comparison().current().scope().period()), asOf,
                district), fonts.font(10, Font.NORMAL, KpiCharts.INK));
        sub.setAlignment(Element.ALIGN_CENTER);
        sub.setSpacingAfter(8);
        doc.add(sub);
    }

    private void section(String key) throws DocumentException {
        Paragraph p = new Paragraph(w.get(key), fonts.font(13, Font.BOLD, KpiCharts.BLUE));
        p.setSpacingBefore(10);
        p.setSpacingAfter(6);
        doc.add(p);
    }

    private String shortLabel(Period p) {
        return switch (p.kind()) {
            case MONTH -> p.first().getMonthValue() + (w.locale().getLanguage().equals("en") ? "/"
                    + p.first().getYear() % 100 : "月");
            default -> p.first().getMonthValue() + "-" + p.first().getDayOfMonth();
        };
    }

    private void chart(JFreeChart chart, float width, float height) throws DocumentException {
        drawing(width, height, (g, box) -> chart.draw(g, box), null);
    }

    /** Something drawn with Graphics2D into the page as vectors (the same drawing the screen shows). */
    private void drawing(float width, float height, Drawing drawing, String caption) throws DocumentException {
        PdfContentByte cb = writer.getDirectContent();
        PdfTemplate template = cb.createTemplate(width, height);
        Graphics2D g = template.createGraphics(width, height, fonts);
        try {
            drawing.draw(g, new Rectangle2D.Double(0, 0, width, height));
        } finally {
            g.dispose();
        }
        Image image = Image.getInstance(template);
        image.setAlignment(Element.ALIGN_CENTER);
        doc.add(image);
        if (caption != null) {
            Paragraph p = new Paragraph(caption, fonts.font(9, Font.NORMAL, KpiCharts.INK));
            p.setAlignment(Element.ALIGN_CENTER);
            doc.add(p);
        }
    }

    @FunctionalInterface
    private interface Drawing {
        void draw(Graphics2D g, Rectangle2D box);
    }
}
