package org.gridcommand.service.drill;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Color;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import org.gridcommand.domain.drill.ActionResult;
import org.gridcommand.domain.drill.DrillOutcome;
import org.gridcommand.domain.drill.ScenarioTime;
import org.gridcommand.domain.drill.TimelineEntry;
import org.gridcommand.service.report.PdfFonts;

/**
 * The after-action report as a PDF in the trainer's language, with the bundled CJK font embedded (as the KPI
 * reports): overview, objectives and ratings, timeline, expected actions with delays, strengths, areas for
 * improvement and the improvement plan. Scenario content is data and stays as written.
 */
final class AarPdf {
    private static final Color HEADER = new Color(0xe3, 0xee, 0xf7);
    private static final Color MISSED = new Color(0xfb, 0xe3, 0xe3);
    private final PdfFonts fonts = new PdfFonts();
    private final DrillWords w;

    AarPdf(DrillWords words) {
        this.w = words;
    }

    void write(AfterActionReport r, OutputStream out) throws IOException {
        DrillOutcome o = r.outcome();
        Document doc = new Document(PageSize.A4, 42, 42, 40, 40);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setCloseStream(false);
            doc.addTitle(w.get("aar.title") + " — " + o.scenario().name());
            doc.addCreator("GridCommand");
            doc.open();
            Paragraph banner = new Paragraph(w.get("aar.banner"), fonts.font(10, Font.BOLD, new Color(0xb0, 0x20,
                    0x20)));
            banner.setAlignment(Element.ALIGN_RIGHT);
            doc.add(banner);
            Paragraph title = new Paragraph(w.get("aar.titleOf", o.scenario().name()), fonts.font(18, Font.BOLD));
            title.setAlignment(Element.ALIGN_CENTER);
            title.setSpacingAfter(10);
            doc.add(title);

            section(doc, "aar.section.overview");
            doc.add(table(new float[] {1, 3}, List.of(),
                    List.of(List.of(w.get("aar.scenarioStart"), o.scenario().start().toString()),
                            List.of(w.get("aar.ranAt"), o.ranAt().toString()),
                            List.of(w.get("aar.drillCopy"), r.drillCopy()),
                            List.of(w.get("aar.score"), w.get("aar.scoreValue", o.score(), o.possible())),
                            List.of(w.get("aar.injects"), w.get("aar.injectsValue", r.injectsDelivered(),
                                    r.contingenciesFired())),
                            List.of(w.get("aar.description"), String.valueOf(o.scenario().description())))));

            section(doc, "aar.section.objectives");
            doc.add(table(new float[] {0.6f, 3, 2.4f, 1, 0.8f}, List.of(w.get("aar.col.id"), w.get("aar.col.objective"),
                    w.get("aar.col.capability"), w.get("aar.col.points"), w.get("aar.col.rating")),
                    r.objectives().stream().map(l -> List.of(l.objective().id(), l.objective().title(),
                            l.objective().capability(), l.earned() + " / " + l.possible(),
                            l.rating().name() + " " + w.get("aar.rating." + l.rating().name()))).toList()));
            doc.add(new Paragraph(w.get("aar.ratingNote"), fonts.font(8, Font.ITALIC)));

            section(doc, "aar.section.actions");
            PdfPTable actions = table(new float[] {0.6f, 0.6f, 3.2f, 1, 1, 1, 1, 0.8f}, List.of(w.get("aar.col.inject"),
                    w.get("aar.col.id"), w.get("aar.col.expected"), w.get("aar.col.delivered"),
                    w.get("aar.col.deadline"), w.get("aar.col.done"), w.get("aar.col.delay"),
                    w.get("aar.col.points")), o.results().stream().map(this::resultRow).toList());
            doc.add(actions);

            section(doc, "aar.section.timeline");
            doc.add(table(new float[] {0.9f, 1.3f, 0.6f, 5}, List.of(w.get("aar.col.time"), w.get("aar.col.what"),
                    w.get("aar.col.inject"), w.get("aar.col.detail")),
                    o.timeline().stream().map(e -> List.of(ScenarioTime.format(e.at()),
                            w.get("aar.what." + e.what().name()), e.inject() == 0 ? "" : String.valueOf(e.inject()),
                            detail(e))).toList()));

            section(doc, "aar.section.strengths");
            list(doc, r.strengths(), "aar.none.strengths");
            section(doc, "aar.section.improvements");
            list(doc, r.improvements(), "aar.none.improvements");

            section(doc, "aar.section.plan");
            doc.add(table(new float[] {2.6f, 2, 1.6f, 1.2f, 1}, List.of(w.get("aar.col.issue"),
                    w.get("aar.col.correctiveAction"), w.get("aar.col.capability"), w.get("aar.col.owner"),
                    w.get("aar.col.due")), r.improvementPlan().stream().map(p -> List.of(
                    p.cause().expected().id() + " " + String.valueOf(p.cause().expected().description()),
                    w.get("aar.toBeSet"), p.capability(), w.get("aar.toBeSet"), w.get("aar.toBeSet"))).toList()));
        } catch (DocumentException e) {
            throw new IOException("cannot write the after-action report: " + e.getMessage(), e);
        } finally {
            doc.close();
        }
    }

    /** The data as written, after the action's name in the reader's language. */
    private String detail(TimelineEntry e) {
        return e.action() == null ? e.detail() : w.get("aar.action." + e.action().name()) + " · " + e.detail();
    }

    private List<String> resultRow(ActionResult a) {
        return List.of(String.valueOf(a.inject()), a.expected().id(), String.valueOf(a.expected().description()),
                ScenarioTime.format(a.deliveredAt()), ScenarioTime.format(a.expected().deadline()),
                a.met() ? ScenarioTime.format(a.doneAt()) : w.get("aar.missed"),
                a.met() ? w.get("aar.minutes", a.delay().toSeconds() / 60.0) : "—",
                a.pointsEarned() + " / " + a.expected().points());
    }

    private void list(Document doc, List<ActionResult> items, String noneKey) throws DocumentException {
        if (items.isEmpty()) {
            doc.add(new Paragraph(w.get(noneKey), fonts.font(10, Font.NORMAL)));
        }
        for (ActionResult a : items) {
            String how = a.met() ? w.get("aar.doneIn", a.expected().id(), a.delay().toSeconds() / 60.0)
                    : w.get("aar.missedBy", a.expected().id(), ScenarioTime.format(a.expected().deadline()));
            doc.add(new Paragraph("• " + how + "：" + a.expected().description(), fonts.font(10, Font.NORMAL)));
        }
    }

    private void section(Document doc, String key) throws DocumentException {
        Paragraph p = new Paragraph(w.get(key), fonts.font(13, Font.BOLD));
        p.setSpacingBefore(12);
        p.setSpacingAfter(6);
        doc.add(p);
    }

    private PdfPTable table(float[] widths, List<String> header, List<List<String>> rows) {
        PdfPTable t = new PdfPTable(widths);
        t.setWidthPercentage(100);
        t.setHeaderRows(header.isEmpty() ? 0 : 1);
        for (String h : header) {
            t.addCell(cell(h, fonts.font(9, Font.BOLD), HEADER));
        }
        for (List<String> row : rows) {
            boolean missed = row.contains(w.get("aar.missed"));
            for (String v : row) {
                t.addCell(cell(v, fonts.font(9, Font.NORMAL), missed ? MISSED : null));
            }
        }
        return t;
    }

    private static PdfPCell cell(String s, Font font, Color background) {
        PdfPCell c = new PdfPCell(new Phrase(s == null ? "" : s, font));
        c.setPadding(4);
        if (background != null) {
            c.setBackgroundColor(background);
        }
        return c;
    }
}
