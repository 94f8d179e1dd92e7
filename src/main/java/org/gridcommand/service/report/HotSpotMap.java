package org.gridcommand.service.report;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.domain.kpi.Indicator;
import org.gridcommand.service.kpi.IndicatorRow;
import org.gridcommand.service.kpi.IndicatorTable;
import org.locationtech.jts.awt.ShapeWriter;
import org.locationtech.jts.geom.Envelope;

/**
 * The map of a period's hot spots: every community shaded by how many reports came from it (darker: more), the
 * streets outlined, the busiest communities named. Drawn on any Graphics2D, the PDF's like the screen's.
 */
public final class HotSpotMap {
    private static final Color LOW = new Color(0xff, 0xf3, 0xe0);
    private static final Color HIGH = new Color(0xb7, 0x1c, 0x1c);

    private final List<Area> areas;
    private final IndicatorTable communities;
    private final List<IndicatorRow> named;
    private final Font font;

    /**
     * @param communities the period's figures by community
     * @param named       the communities to name on the map (the hot spots)
     */
    public HotSpotMap(List<Area> areas, IndicatorTable communities, List<IndicatorRow> named, Font font) {
        this.areas = areas;
        this.communities = communities;
        this.named = named;
        this.font = font;
    }

    /** Draws the map fitted into {@code box}, north up, with a legend of the scale. */
    public void draw(Graphics2D g, Rectangle2D box) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Envelope extent = new Envelope();
        areas.stream().filter(a -> a.getLevel() == AreaLevel.STREET && a.getBoundary() != null)
                .forEach(a -> extent.expandToInclude(a.getBoundary().getEnvelopeInternal()));
        if (extent.isNull()) {
            return;
        }
        // longitude degrees are shorter than latitude degrees at this latitude
        double squeeze = Math.cos(Math.toRadians(extent.centre().y));
        double scale = Math.min(box.getWidth() / (extent.getWidth() * squeeze), (box.getHeight() - 24)
                / extent.getHeight());
        double left = box.getX() + (box.getWidth() - extent.getWidth() * squeeze * scale) / 2;
        double top = box.getY();
        ShapeWriter shapes = new ShapeWriter((src, dest) -> dest.setLocation(
                left + (src.x - extent.getMinX()) * squeeze * scale, top + (extent.getMaxY() - src.y) * scale));
        Map<Long, Double> counts = new HashMap<>();
        double max = 1;
        for (IndicatorRow r : communities.rows()) {
            if (r.key() instanceof Long id) {
                double v = r.value(Indicator.INTAKE);
                counts.put(id, v);
                max = Math.max(max, v);
            }
        }
        Map<Long, Shape> communityShapes = new HashMap<>();
        for (Area a : areas) {
            if (a.getLevel() == AreaLevel.COMMUNITY && a.getBoundary() != null) {
                Shape s = shapes.toShape(a.getBoundary());
                communityShapes.put(a.getId(), s);
                g.setColor(blend(counts.getOrDefault(a.getId(), 0.0) / max));
                g.fill(s);
                g.setColor(new Color(255, 255, 255, 160));
                g.setStroke(new BasicStroke(0.4f));
                g.draw(s);
            }
        }
        g.setColor(KpiCharts.INK);
        g.setStroke(new BasicStroke(1.2f));
        areas.stream().filter(a -> a.getLevel() == AreaLevel.STREET && a.getBoundary() != null)
                .forEach(a -> g.draw(shapes.toShape(a.getBoundary())));
        g.setFont(font.deriveFont(Font.BOLD, 9f));
        for (IndicatorRow r : named) {
            Shape s = communityShapes.get(r.key());
            if (s != null) {
                Rectangle2D b = s.getBounds2D();
                String label = r.name();
                float w = (float) g.getFontMetrics().getStringBounds(label, g).getWidth();
                g.setColor(Color.WHITE);
                g.drawString(label, (float) b.getCenterX() - w / 2 + 0.6f, (float) b.getCenterY() + 0.6f);
                g.setColor(KpiCharts.INK);
                g.drawString(label, (float) b.getCenterX() - w / 2, (float) b.getCenterY());
            }
        }
        legend(g, box, max);
    }

    private void legend(Graphics2D g, Rectangle2D box, double max) {
        double y = box.getMaxY() - 14;
        double x = box.getX() + 8;
        for (int i = 0; i < 5; i++) {
            g.setColor(blend(i / 4.0));
            g.fill(new Rectangle2D.Double(x + i * 22, y, 22, 10));
        }
        g.setColor(KpiCharts.INK);
        g.setFont(font.deriveFont(9f));
        g.drawString("0", (float) x, (float) y - 2);
        g.drawString(String.format("%,d", Math.round(max)), (float) (x + 5 * 22 + 4), (float) y + 9);
    }

    private static Color blend(double share) {
        double t = Math.max(0, Math.min(1, share));
        return new Color((int) (LOW.getRed() + t * (HIGH.getRed() - LOW.getRed())),
                (int) (LOW.getGreen() + t * (HIGH.getGreen() - LOW.getGreen())),
                (int) (LOW.getBlue() + t * (HIGH.getBlue() - LOW.getBlue())));
    }
}
