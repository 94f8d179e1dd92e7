package org.gridcommand.service.report;

import com.lowagie.text.Font;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import java.awt.Color;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.gridcommand.geo.tiles.CjkFont;

/**
 * The bundled WenQuanYi Micro Hei as the PDF's only font, embedded (the glyphs used): Chinese renders on any reader,
 * without fonts installed. Charts drawn through the PDF's Graphics2D use it too ({@link #awtToPdf}). Read once and
 * used by every report (each PDF keeps its own record of the glyphs it embeds): reading the 5 MB font was a good
 * part of a report's time.
 */
// two classes named Font meet here: OpenPDF's (imported) and AWT's (written out in the mapper's two methods)
public final class PdfFonts implements FontMapper {
    private final BaseFont base;
    private final java.awt.Font awt = CjkFont.load(); // two types named Font here: OpenPDF's and AWT's

    public PdfFonts() {
        try (InputStream in = PdfFonts.class.getResourceAsStream(CjkFont.RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(CjkFont.RESOURCE + " is not on the classpath");
            }
            base = BaseFont.createFont("wqy-microhei.ttc,0", BaseFont.IDENTITY_H, BaseFont.EMBEDDED, true,
                    in.readAllBytes(), null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled font " + CjkFont.RESOURCE, e);
        }
    }

    public Font font(float size, int style) {
        return new Font(base, size, style);
    }

    public Font font(float size, int style, Color color) {
        Font f = new Font(base, size, style);
        f.setColor(color);
        return f;
    }

    // two types named Font here: this one is spelled out
    @Override
    public BaseFont awtToPdf(java.awt.Font font) {
        return base;
    }

    // two types named Font here: this one is spelled out
    @Override
    public java.awt.Font pdfToAwt(BaseFont font, int size) {
        return awt.deriveFont((float) size);
    }

    /** The same font for drawings that take an AWT font (the hot-spot map). */
    java.awt.Font awt() { // two types named Font here
        return awt;
    }
}
