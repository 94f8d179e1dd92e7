package org.gridcommand.geo.tiles;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The AWT font for Chinese map labels. A bare Linux has no CJK font, so Java2D would draw boxes: the application
 * ships WenQuanYi Micro Hei and loads it from the classpath.
 */
public final class CjkFont {
    /** Classpath resource of the bundled font (the {@code assets/} folder is mapped to {@code /assets}). */
    public static final String RESOURCE = "/assets/fonts/wqy-microhei.ttc";

    private static final Logger LOG = LoggerFactory.getLogger(CjkFont.class);

    private CjkFont() {
    }

    /** The bundled font at 12 pt, or the logical sans-serif font (with a warning) when it cannot be read. */
    public static Font load() {
        try (InputStream in = CjkFont.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                LOG.warn("{} is not on the classpath; Chinese map labels may render as boxes", RESOURCE);
                return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
            }
            // a .ttc is a collection: createFonts gives every face, the first is the regular one
            Font[] faces = Font.createFonts(in);
            return faces[0].deriveFont(Font.PLAIN, 12f);
        } catch (IOException | FontFormatException e) {
            LOG.warn("Cannot load {}: {}; Chinese map labels may render as boxes", RESOURCE, e.toString());
            return new Font(Font.SANS_SERIF, Font.PLAIN, 12);
        }
    }
}
