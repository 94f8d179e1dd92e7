package org.gridcommand.ui.common;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.text.Font;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the bundled CJK font so Chinese renders on a bare Linux, which has none (ADR 0008). The family name is
 * what the stylesheet asks for first.
 */
public final class ConsoleFonts {
    public static final String FAMILY = "WenQuanYi Micro Hei";
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleFonts.class);
    private static final String RESOURCE = "/assets/fonts/wqy-microhei.ttc";

    private ConsoleFonts() {
    }

    /** Registers the font with JavaFX; returns false (and logs) when it is missing, and the system font is used. */
    public static boolean load() {
        try (InputStream in = ConsoleFonts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                LOG.warn("Bundled font {} not found; Chinese may render as boxes without a system CJK font", RESOURCE);
                return false;
            }
            Font[] fonts = Font.loadFonts(in, 13);
            return fonts != null && fonts.length > 0;
        } catch (IOException e) {
            LOG.warn("Cannot load the bundled font: {}", e.getMessage());
            return false;
        }
    }
}
