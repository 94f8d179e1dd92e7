package org.gridcommand.service.shift;

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
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import org.gridcommand.domain.shift.Handover;
import org.gridcommand.domain.shift.HandoverItem;
import org.gridcommand.service.report.PdfFonts;

/**
 * One handover printed for the binder of the watch floor: who handed over and took over when (an override with its
 * reason), and every item with who acknowledged it. In the reader's language, with the bundled CJK font embedded
 * (as the KPI reports and the drill's after-action report); data (titles, notes, names) stays as written.
 */
final class HandoverPdf {
    private static final Color HEADER = new Color(0xe3, 0xee, 0xf7);
    private static final Color OPEN = new Color(0xfb, 0xe3, 0xe3);
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private final PdfFonts fonts = new PdfFonts();
    private final ShiftWords w;
    private final ZoneId zone;

    HandoverPdf(ShiftWords words, ZoneId zone) {
        this.w = words;
        this.zone = zone;
    }

    void write(Handover h, String shiftName, OutputStream out) throws IOException {
        Document doc = new Document(PageSize.A4, 42, 42, 40, 40);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            writer.setCloseStream(false);
            doc.addTitle(w.get("pdf.titleOf", h.date(), shiftName));
            doc.addCreator("GridCommand");
            doc.open();
            Paragraph title = new Paragraph(w.get("pdf.titleOf", h.date().toString(), shiftName),
                    fonts.font(16, Font.BOLD));
            title.setAlignment(Element.ALIGN_CENTER);
            title.setSpacingAfter(10);
            doc.add(title);
            PdfPTable head = new PdfPTable(new float[] {1, 2, 1, 2});
            head.setWidthPercentage(100);
            head.addCell(cell(w.get("pdf.outgoing"), true, HEADER));
            head.addCell(cell(h.outgoing(), false, null));
            head.addCell(cell(w.get("pdf.preparedAt"), true, HEADER));
            head.addCell(cell(time(h.preparedAt()), false, null));
            head.addCell(cell(w.get("pdf.takenBy"), true, HEADER));
            head.addCell(cell(h.takenOver() ? h.takenBy() : w.get("pdf.notTaken"), false, null));
            head.addCell(cell(w.get("pdf.takenAt"), true, HEADER));
            head.addCell(cell(time(h.takenAt()), false, null));
            doc.add(head);
            if (h.overridden()) {
                Paragraph p = new Paragraph(w.get("pdf.override", h.overrideReason()),
                        fonts.font(10, Font.BOLD, new Color(0xb0, 0x20, 0x20)));
                p.setSpacingBefore(6);
                doc.add(p);
            }
            Paragraph section = new Paragraph(w.get("pdf.items", h.items().size(), h.unacknowledged()),
                    fonts.font(12, Font.BOLD));
            section.setSpacingBefore(12);
            section.setSpacingAfter(6);
            doc.add(section);
            if (h.items().isEmpty()) {
                doc.add(new Paragraph(w.get("pdf.none"), fonts.font(10, Font.NORMAL)));
            } else {
                doc.add(items(h));
            }
        } catch (DocumentException e) {
            throw new IOException("cannot write the handover: " + e.getMessage(), e);
        } finally {
            doc.close();
        }
    }

    private PdfPTable items(Handover h) {
        PdfPTable t = new PdfPTable(new float[] {1.6f, 1.3f, 3.4f, 1.3f, 1.6f});
        t.setWidthPercentage(100);
        t.setHeaderRows(1);
        for (String k : new String[] {"pdf.col.kind", "pdf.col.ref", "pdf.col.title", "pdf.col.due", "pdf.col.ack"}) {
            t.addCell(cell(w.get(k), true, HEADER));
        }
        for (HandoverItem i : h.items()) {
            Color bg = i.acknowledged() ? null : OPEN;
            t.addCell(cell(w.kind(i.kind()), false, bg));
            t.addCell(cell(i.refCode(), false, bg));
            t.addCell(cell(i.title(), false, bg));
            t.addCell(cell(time(i.dueAt()), false, bg));
            t.addCell(cell(i.acknowledged() ? w.get("pdf.ackBy", i.acknowledgedBy(), time(i.acknowledgedAt()))
                    : w.get("pdf.notAcked"), false, bg));
        }
        return t;
    }

    private String time(Instant t) {
        return t == null ? "" : MINUTE.format(t.atZone(zone));
    }

    private PdfPCell cell(String s, boolean bold, Color background) {
        PdfPCell c = new PdfPCell(new Phrase(s == null ? "" : s, fonts.font(9, bold ? Font.BOLD : Font.NORMAL)));
        c.setPadding(4);
        if (background != null) {
            c.setBackgroundColor(background);
        }
        return c;
    }
}
