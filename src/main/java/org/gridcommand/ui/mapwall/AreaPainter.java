package org.gridcommand.ui.mapwall;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineJoin;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.geo.index.AreaIndex;
import org.locationtech.jts.geom.Envelope;

/**
 * Draws administrative boundaries on the canvas: the level chosen by zoom in thin lines with names where they fit,
 * its parent level in thicker lines, and the selected area highlighted. Only areas whose box meets the viewport are
 * touched, each level is stroked as one path (per-polygon draw calls dominate otherwise), every shared edge once
 * ({@link OwnedEdges}), and names are stamped from pre-rendered images ({@link NameLabels}).
 */
final class AreaPainter {
    private static final Color PARENT_LINE = Color.web("#4aa8e0", 0.95);
    private static final Color LINE = Color.web("#3d8cc0", 0.8);
    private static final Color SELECTED_FILL = Color.web("#00c8ff", 0.22);
    private static final Color SELECTED_LINE = Color.web("#6ae6ff");
    private static final double NAME_SIZE = 12;
    /** Consecutive vertices closer than this (in pixels) add nothing visible; skipping them speeds up wide views. */
    private static final double MIN_STEP_PX = 0.75;

    /** Projections are made on first sight and kept: the console pans over the same city all day. */
    private final Map<Area, ProjectedArea> projected = new IdentityHashMap<>();
    /** Per level, built on first sight of the level. */
    private final Map<AreaLevel, OwnedEdges> edges = new EnumMap<>(AreaLevel.class);
    private final NameLabels labels = new NameLabels(MapFonts.font(NAME_SIZE));
    private final List<String> labelNames = new ArrayList<>();
    private double[] labelXy = new double[64];

    /** Forgets projections, when the set of areas is replaced. */
    void clear() {
        projected.clear();
        edges.clear();
    }

    /**
     * Paints {@code level} (thin, named) and its parent level (thick) onto a cleared canvas, each if visible, and the
     * selection; returns how many area outlines were drawn.
     */
    int paint(GraphicsContext gc, Viewport vp, AreaLevel level, AreaIndex index, Predicate<AreaLevel> visible,
            Area selected) {
        AreaLevel parent = level.parent();
        int drawn = 0;
        boolean parentShown = parent != null && visible.test(parent);
        if (visible.test(level)) {
            List<Area> areas = index.query(vp.lonLat(), level);
            drawn += outline(gc, vp, areas, edges(index, level), !parentShown, LINE, 1.0);
            names(gc, vp, areas);
        }
        if (parentShown) {
            drawn += outline(gc, vp, index.query(vp.lonLat(), parent), edges(index, parent), true, PARENT_LINE, 2.4);
        }
        if (selected != null && selected.getBoundary() != null
                && selected.getBoundary().getEnvelopeInternal().intersects(vp.lonLat())) {
            highlight(gc, vp, selected);
        }
        return drawn;
    }

    private int outline(GraphicsContext gc, Viewport vp, List<Area> areas, OwnedEdges owned, boolean onParentToo,
            Color color, double width) {
        gc.setStroke(color);
        gc.setLineWidth(width);
        gc.setLineJoin(StrokeLineJoin.ROUND);
        gc.beginPath();
        for (Area area : areas) {
            OwnedEdges.Edges e = owned.of(area);
            for (double[] line : onParentToo ? e.all() : e.offParent()) {
                trace(gc, vp, line, false);
            }
        }
        gc.stroke();
        return areas.size();
    }

    private OwnedEdges edges(AreaIndex index, AreaLevel level) {
        return edges.computeIfAbsent(level, l -> {
            Envelope world = new Envelope(-180, 180, -90, 90);
            List<Area> parents = l.parent() == null ? List.of() : index.query(world, l.parent());
            return new OwnedEdges(index.query(world, l), parents, this::projection);
        });
    }

    private void highlight(GraphicsContext gc, Viewport vp, Area area) {
        gc.beginPath();
        for (double[] ring : projection(area).rings) {
            trace(gc, vp, ring, true);
        }
        gc.setFillRule(FillRule.EVEN_ODD);
        gc.setFill(SELECTED_FILL);
        gc.fill();
        gc.setStroke(SELECTED_LINE);
        gc.setLineWidth(3);
        gc.stroke();
    }

    /** Adds one ring or polyline of world coordinates to the path, in screen pixels. */
    private static void trace(GraphicsContext gc, Viewport vp, double[] xy, boolean close) {
        double s = vp.scale();
        double tx = vp.translateX();
        double ty = vp.translateY();
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
        if (close) {
            gc.closePath();
        }
    }

    private void names(GraphicsContext gc, Viewport vp, List<Area> areas) {
        labelNames.clear();
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
            int k = labelNames.size();
            if (2 * k + 2 > labelXy.length) {
                labelXy = java.util.Arrays.copyOf(labelXy, labelXy.length * 2);
            }
            labelXy[2 * k] = vp.screenX(p.labelX);
            labelXy[2 * k + 1] = vp.screenY(p.labelY);
            labelNames.add(name);
        }
        labels.prepare(labelNames);
        for (int k = 0; k < labelNames.size(); k++) {
            labels.stamp(gc, labelNames.get(k), labelXy[2 * k], labelXy[2 * k + 1]);
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
