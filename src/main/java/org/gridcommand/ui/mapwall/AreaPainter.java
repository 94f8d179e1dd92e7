package org.gridcommand.ui.mapwall;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.TextAlignment;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.geo.index.AreaIndex;

/**
 * Draws administrative boundaries on the canvas: the level chosen by zoom in thin lines with names where they fit,
 * its parent level in thicker lines, and the selected area highlighted. Only areas whose box meets the viewport are
 * touched, and each level is stroked as one path, because per-polygon draw calls dominate otherwise.
 */
final class AreaPainter {
    private static final Color PARENT_LINE = Color.web("#4aa8e0", 0.95);
    private static final Color LINE = Color.web("#3d8cc0", 0.8);
    private static final Color NAME = Color.web("#dce7f2");
    private static final Color NAME_HALO = Color.web("#06090e", 0.9);
    private static final Color SELECTED_FILL = Color.web("#00c8ff", 0.22);
    private static final Color SELECTED_LINE = Color.web("#6ae6ff");
    private static final double NAME_SIZE = 12;
    /** Consecutive vertices closer than this (in pixels) add nothing visible; skipping them speeds up wide views. */
    private static final double MIN_STEP_PX = 0.75;

    /** Projections are made on first sight and kept: the console pans over the same city all day. */
    private final Map<Area, ProjectedArea> projected = new IdentityHashMap<>();

    /** Forgets projections, when the set of areas is replaced. */
    void clear() {
        projected.clear();
    }

    /**
     * Paints {@code level} (thin, named) and its parent level (thick) onto a cleared canvas, each if visible, and the
     * selection; returns how many area outlines were drawn.
     */
    int paint(GraphicsContext gc, Viewport vp, AreaLevel level, AreaIndex index, Predicate<AreaLevel> visible,
            Area selected) {
        AreaLevel parent = level.parent();
        int drawn = 0;
        if (visible.test(level)) {
            List<Area> areas = index.query(vp.lonLat(), level);
            drawn += outline(gc, vp, areas, LINE, 1.0);
            names(gc, vp, areas);
        }
        if (parent != null && visible.test(parent)) {
            drawn += outline(gc, vp, index.query(vp.lonLat(), parent), PARENT_LINE, 2.4);
        }
        if (selected != null && selected.getBoundary() != null
                && selected.getBoundary().getEnvelopeInternal().intersects(vp.lonLat())) {
            highlight(gc, vp, selected);
        }
        return drawn;
    }

    private int outline(GraphicsContext gc, Viewport vp, List<Area> areas, Color color, double width) {
        gc.setStroke(color);
        gc.setLineWidth(width);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        gc.beginPath();
        for (Area area : areas) {
            trace(gc, vp, projection(area));
        }
        gc.stroke();
        return areas.size();
    }

    private void highlight(GraphicsContext gc, Viewport vp, Area area) {
        gc.beginPath();
        trace(gc, vp, projection(area));
        gc.setFillRule(FillRule.EVEN_ODD);
        gc.setFill(SELECTED_FILL);
        gc.fill();
        gc.setStroke(SELECTED_LINE);
        gc.setLineWidth(3);
        gc.stroke();
    }

    private static void trace(GraphicsContext gc, Viewport vp, ProjectedArea p) {
        double s = vp.scale();
        double tx = vp.translateX();
        double ty = vp.translateY();
        for (double[] xy : p.rings) {
            int n = xy.length / 2;
            double lastX = tx + xy[0] * s;
            double lastY = ty + xy[1] * s;
            gc.moveTo(lastX, lastY);
            for (int i = 1; i < n; i++) {
                double x = tx + xy[2 * i] * s;
                double y = ty + xy[2 * i + 1] * s;
                if (i < n - 1 && Math.abs(x - lastX) + Math.abs(y - lastY) < MIN_STEP_PX) {
                    continue;
                }
                gc.lineTo(x, y);
                lastX = x;
                lastY = y;
            }
            gc.closePath();
        }
    }

    private void names(GraphicsContext gc, Viewport vp, List<Area> areas) {
        gc.setFont(MapFonts.font(NAME_SIZE));
        gc.setTextAlign(TextAlignment.CENTER);
        gc.setTextBaseline(VPos.CENTER);
        double s = vp.scale();
        for (Area area : areas) {
            String name = area.getName();
            if (name == null || name.isBlank()) {
                continue;
            }
            ProjectedArea p = projection(area);
            double boxWidth = (p.maxX - p.minX) * s;
            double boxHeight = (p.maxY - p.minY) * s;
            // an estimate, not a text measurement: measuring hundreds of names per frame costs more than drawing
            if (estimatedWidth(name) > boxWidth * 0.8 || NAME_SIZE * 1.6 > boxHeight) {
                continue;
            }
            double x = vp.screenX(p.labelX);
            double y = vp.screenY(p.labelY);
            // the halo is the name drawn dark one pixel around it: strokeText is several times slower in the
            // software pipeline and outlines CJK glyphs' boxes there
            gc.setFill(NAME_HALO);
            gc.fillText(name, x - 1, y);
            gc.fillText(name, x + 1, y);
            gc.fillText(name, x, y - 1);
            gc.fillText(name, x, y + 1);
            gc.setFill(NAME);
            gc.fillText(name, x, y);
        }
    }

    /** CJK characters are about one em wide, Latin letters and digits about 0.6 em. */
    private static double estimatedWidth(String name) {
        double ems = name.codePoints().mapToDouble(c -> c >= 0x2E80 ? 1.0 : 0.6).sum();
        return ems * NAME_SIZE;
    }

    private ProjectedArea projection(Area area) {
        return projected.computeIfAbsent(area, ProjectedArea::of);
    }
}
