package org.gridcommand.ui.mapwall;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javafx.geometry.VPos;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

/**
 * Area names rendered once, with their dark halo, into images and stamped with {@code drawImage}: in the software
 * pipeline a name drawn as text with a halo costs five text draws per frame, a stamped name one small copy. The
 * names a frame needs that are not rendered yet are rendered together into one image (one snapshot per batch, not
 * per name). FX thread only.
 */
final class NameLabels {
    private static final Color NAME = Color.web("#dce7f2");
    private static final Color HALO = Color.web("#06090e", 0.9);
    /** Room for the halo around the glyphs. */
    private static final int PAD = 2;
    /** Names kept before the cache starts afresh: a screen shows a few hundred, the demo city has ~8,600. */
    private static final int MOST_KEPT = 1200;
    /** Names per rendered image, to keep each image a modest size. */
    private static final int BATCH = 200;

    private record Label(Image page, double x, double y, double width, double height) {
    }

    private final Map<String, Label> cache = new HashMap<>();
    private final Font font;
    private final double lineHeight;
    private final SnapshotParameters transparent = new SnapshotParameters();

    NameLabels(Font font) {
        this.font = font;
        this.lineHeight = Math.ceil(font.getSize() * 1.35) + 2 * PAD;
        transparent.setFill(Color.TRANSPARENT);
    }

    /** Makes sure every one of {@code names} is rendered, rendering the missing ones in one batch. */
    void prepare(List<String> names) {
        Set<String> missing = new LinkedHashSet<>();
        for (String name : names) {
            if (!cache.containsKey(name)) {
                missing.add(name);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        if (cache.size() + missing.size() > MOST_KEPT) {
            cache.clear();
        }
        List<String> all = new ArrayList<>(missing);
        for (int from = 0; from < all.size(); from += BATCH) {
            render(all.subList(from, Math.min(all.size(), from + BATCH)));
        }
    }

    /** Stamps a prepared name centred on (x, y); does nothing for a name not prepared. */
    void stamp(Stamp target, String name, double x, double y) {
        Label l = cache.get(name);
        if (l == null) {
            return;
        }
        // whole pixels: a fractional position would make the software renderer filter the image
        target.draw(l.page(), l.x(), l.y(), l.width(), l.height(), Math.round(x - l.width() / 2),
                Math.round(y - l.height() / 2));
    }

    int size() {
        return cache.size();
    }

    /** Width of a prepared name's image (halo included); 0 for one not prepared. */
    double width(String name) {
        Label l = cache.get(name);
        return l == null ? 0 : l.width();
    }

    /** Height of a prepared name's image (halo included); 0 for one not prepared. */
    double height(String name) {
        Label l = cache.get(name);
        return l == null ? 0 : l.height();
    }

    private void render(List<String> names) {
        Text measure = new Text();
        measure.setFont(font);
        double[] widths = new double[names.size()];
        double pageWidth = 1;
        for (int i = 0; i < names.size(); i++) {
            measure.setText(names.get(i));
            widths[i] = Math.ceil(measure.getLayoutBounds().getWidth()) + 2 * PAD;
            pageWidth = Math.max(pageWidth, widths[i]);
        }
        Canvas page = new Canvas(pageWidth, lineHeight * names.size());
        GraphicsContext gc = page.getGraphicsContext2D();
        gc.setFont(font);
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        for (int i = 0; i < names.size(); i++) {
            double cx = widths[i] / 2;
            double cy = lineHeight * i + lineHeight / 2;
            gc.setFill(HALO);
            for (int dx = -1; dx <= 1; dx++) {
                for (int dy = -1; dy <= 1; dy++) {
                    if (dx != 0 || dy != 0) {
                        gc.fillText(names.get(i), cx + dx, cy + dy);
                    }
                }
            }
            gc.setFill(NAME);
            gc.fillText(names.get(i), cx, cy);
        }
        Image image = page.snapshot(transparent, null);
        for (int i = 0; i < names.size(); i++) {
            cache.put(names.get(i), new Label(image, 0, lineHeight * i, widths[i], lineHeight));
        }
    }
}
