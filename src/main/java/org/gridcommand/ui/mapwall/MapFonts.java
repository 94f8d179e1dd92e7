package org.gridcommand.ui.mapwall;

import java.io.IOException;
import java.io.InputStream;
import javafx.scene.text.Font;
import org.gridcommand.geo.tiles.CjkFont;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The JavaFX font family for Chinese area names on the map wall: the bundled CJK font, loaded once per JVM. */
final class MapFonts {
    private static final Logger LOG = LoggerFactory.getLogger(MapFonts.class);

    private MapFonts() {
    }

    static Font font(double size) {
        return Font.font(Family.NAME, size);
    }

    /** Holder idiom: the 5 MB font is read on first use, by whichever thread gets there, exactly once. */
    private static final class Family {
        static final String NAME = load();

        private static String load() {
            try (InputStream in = MapFonts.class.getResourceAsStream(CjkFont.RESOURCE)) {
                Font[] faces = in == null ? null : Font.loadFonts(in, 12);
                if (faces != null && faces.length > 0) {
                    return faces[0].getFamily();
                }
            } catch (IOException e) {
                LOG.warn("Cannot read {}: {}", CjkFont.RESOURCE, e.toString());
            }
            LOG.warn("{} could not be loaded; Chinese area names may render as boxes", CjkFont.RESOURCE);
            return Font.getDefault().getFamily();
        }
    }
}
