package org.gridcommand.geo.tiles;

import java.awt.BasicStroke;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.GlyphVector;
import java.awt.geom.AffineTransform;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.gridcommand.domain.map.BaseMapFeature;
import org.gridcommand.domain.map.MapFeatureKind;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.index.strtree.STRtree;

/**
 * Renders 256-px raster tiles of the offline base map with Java2D (headless-safe, no network) in the night style of
 * {@link BaseMapStyle}. Features are found per tile through an STR-tree; a tile with none is the plain background.
 * Immutable after construction and safe to call from several tile threads at once.
 */
public final class BaseMapRenderer implements TileSource {
    /** Labels are drawn by every tile they overlap, at the same world position, so they join seamlessly. */
    private static final double LABEL_MARGIN_PX = 160;
    /** Room kept around a name that no other name may take. */
    private static final double LABEL_GAP_PX = 4;
    /** The deepest zoom tiles are rendered for (Gluon asks up to 19). */
    private static final int DEEPEST_ZOOM = 19;

    private static final Comparator<WorldFeature> PAINT_ORDER = Comparator
            .comparingInt((WorldFeature f) -> BaseMapStyle.ORDER.indexOf(f.kind()))
            .thenComparingLong(WorldFeature::order);

    private final STRtree shapes = new STRtree();
    private final STRtree labels = new STRtree();
    private final Font labelFont;
    /** Per name, the zooms (bit z) at which it is drawn: see {@link #placeLabels}. */
    private final Map<WorldFeature, Long> shownFrom;
    private final byte[] backgroundTile;

    /** Prepares the features (projection, spatial index, font); rendering tiles afterwards needs no other input. */
    public BaseMapRenderer(List<BaseMapFeature> features) {
        labelFont = CjkFont.load();
        long order = 0;
        List<WorldFeature> named = new ArrayList<>();
        List<Envelope> where = new ArrayList<>();
        for (BaseMapFeature f : features) {
            if (f.getGeometry() == null || f.getGeometry().isEmpty()) {
                continue;
            }
            WorldFeature wf = WorldFeature.of(f, order++);
            if (wf.kind() == MapFeatureKind.LABEL) {
                if (wf.name() != null && !wf.name().isBlank()) {
                    named.add(wf);
                    where.add(f.getGeometry().getEnvelopeInternal());
                }
            } else {
                shapes.insert(f.getGeometry().getEnvelopeInternal(), wf);
            }
        }
        shownFrom = placeLabels(named, labelFont);
        for (int i = 0; i < named.size(); i++) {
            labels.insert(where.get(i), named.get(i));
        }
        // build now: a built STR-tree is read-only, so concurrent queries from tile threads are safe
        shapes.build();
        labels.build();
        backgroundTile = encode(blank());
    }

    /**
     * Per zoom, which names are drawn: the more important first (those shown from a lower zoom, then in feature
     * order), each only where its box at that zoom overlaps none drawn already. Decided once for the whole map,
     * not per tile, so a name is drawn by every tile it overlaps or by none: no half names at tile edges, and no
     * name over another (a river's and a road's name met where they cross).
     */
    private static Map<WorldFeature, Long> placeLabels(List<WorldFeature> named, Font font) {
        List<WorldFeature> byImportance = new ArrayList<>(named);
        byImportance.sort(Comparator.comparingInt(WorldFeature::minZoom).thenComparingLong(WorldFeature::order));
        Map<WorldFeature, Long> zooms = new IdentityHashMap<>();
        FontRenderContext frc = new FontRenderContext(null, true, true);
        for (int z = 0; z <= DEEPEST_ZOOM; z++) {
            Font sized = font.deriveFont(BaseMapStyle.labelSize(z));
            double scale = WebMercator.scale(z);
            List<Rectangle2D> taken = new ArrayList<>();
            for (WorldFeature f : byImportance) {
                if (f.minZoom() > z) {
                    continue;
                }
                Rectangle2D text = sized.getStringBounds(f.name(), frc);
                double x = f.anchor().getX() * scale;
                double y = f.anchor().getY() * scale;
                Rectangle2D box = new Rectangle2D.Double(x - text.getWidth() / 2 - LABEL_GAP_PX,
                        y - text.getHeight() / 2 - LABEL_GAP_PX, text.getWidth() + 2 * LABEL_GAP_PX,
                        text.getHeight() + 2 * LABEL_GAP_PX);
                if (taken.stream().noneMatch(box::intersects)) {
                    taken.add(box);
                    zooms.merge(f, 1L << z, (a, b) -> a | b);
                }
            }
        }
        return zooms;
    }

    @Override
    public byte[] tile(int z, long x, long y) {
        List<WorldFeature> drawn = visible(shapes, TileBounds.lonLat(z, x, y, BaseMapStyle.maxStrokeWidth(z) + 2), z);
        List<WorldFeature> named = visible(labels, TileBounds.lonLat(z, x, y, LABEL_MARGIN_PX), z);
        named.removeIf(f -> (shownFrom.getOrDefault(f, 0L) & (1L << z)) == 0);
        if (drawn.isEmpty() && named.isEmpty()) {
            return backgroundTile.clone();
        }
        BufferedImage image = blank();
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            AffineTransform toTile = toTile(z, x, y);
            drawn.sort(PAINT_ORDER);
            for (WorldFeature f : drawn) {
                paint(g, f, toTile, z);
            }
            named.sort(PAINT_ORDER);
            Font font = labelFont.deriveFont(BaseMapStyle.labelSize(z));
            for (WorldFeature f : named) {
                label(g, f, toTile, font);
            }
        } finally {
            g.dispose();
        }
        return encode(image);
    }

    private static List<WorldFeature> visible(STRtree index, Envelope query, int z) {
        List<WorldFeature> result = new ArrayList<>();
        for (Object o : index.query(query)) {
            WorldFeature f = (WorldFeature) o;
            if (f.minZoom() <= z) {
                result.add(f);
            }
        }
        return result;
    }

    /** World pixels at zoom 0 → pixels of this tile. */
    private static AffineTransform toTile(int z, long x, long y) {
        double scale = WebMercator.scale(z);
        AffineTransform t = AffineTransform.getTranslateInstance(-x * (double) WebMercator.TILE_SIZE,
                -y * (double) WebMercator.TILE_SIZE);
        t.scale(scale, scale);
        return t;
    }

    private static void paint(Graphics2D g, WorldFeature f, AffineTransform toTile, int z) {
        // transform the geometry, not the Graphics: stroke widths must stay in screen pixels
        Shape shape = f.path().createTransformedShape(toTile);
        g.setColor(BaseMapStyle.fill(f.kind()));
        if (BaseMapStyle.isLine(f.kind())) {
            g.setStroke(BaseMapStyle.roadStroke(f.kind(), z));
            g.draw(shape);
        } else {
            g.fill(shape);
        }
    }

    private static void label(Graphics2D g, WorldFeature f, AffineTransform toTile, Font font) {
        Point2D at = toTile.transform(f.anchor(), null);
        FontRenderContext frc = g.getFontRenderContext();
        GlyphVector glyphs = font.createGlyphVector(frc, f.name());
        Rectangle2D box = glyphs.getVisualBounds();
        float left = (float) (at.getX() - box.getCenterX());
        float base = (float) (at.getY() - box.getCenterY());
        Shape outline = glyphs.getOutline(left, base);
        // a dark halo keeps names readable where they cross an amber road
        g.setStroke(new BasicStroke(3f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(BaseMapStyle.LABEL_HALO);
        g.draw(outline);
        g.setColor(BaseMapStyle.LABEL);
        g.fill(outline);
    }

    private static BufferedImage blank() {
        BufferedImage image = new BufferedImage(WebMercator.TILE_SIZE, WebMercator.TILE_SIZE,
                BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(BaseMapStyle.BACKGROUND);
        g.fillRect(0, 0, WebMercator.TILE_SIZE, WebMercator.TILE_SIZE);
        g.dispose();
        return image;
    }

    private static byte[] encode(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a map tile as PNG", e);
        }
        return out.toByteArray();
    }
}
