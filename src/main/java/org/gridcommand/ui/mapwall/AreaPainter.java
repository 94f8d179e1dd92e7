package org.gridcommand.ui.mapwall;

import java.util.Comparator;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Predicate;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.geo.index.AreaIndex;
import org.gridcommand.geo.tiles.BaseMapStyle;
import org.locationtech.jts.geom.Envelope;

/**
 * Draws administrative boundaries: the level chosen by zoom in thin lines with names where they fit, its parent
 * level in thicker lines, and the selected area highlighted. Lines go through a {@link Pen}: anti-aliased on the
 * canvas, or straight into the composed base map while the map moves ({@link TileCompositor#pen}). Only areas whose box
 * meets the viewport are
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
    private final List<Candidate> candidates = new ArrayList<>();
    /** Where names went this frame: one name never covers another. */
    private final LabelSpace space = new LabelSpace(2);
    private int edgesBuiltHere;

    /** Forgets projections, when the set of areas is replaced. */
    void clear() {
        projected.clear();
        edges.clear();
        edgesBuiltHere = 0;
    }

    /** Where outlines are drawn: the canvas (anti-aliased) or the composed base map (fast, while the map moves). */
    interface Pen {
        void begin(Color colour, double width);

        void moveTo(double x, double y);

        void lineTo(double x, double y);

        void end();
    }

    /**
     * Draws {@code level}'s outlines (thin) and its parent level's (thick), each if visible, with {@code pen};
     * returns how many area outlines were drawn.
     */
    int outlines(Pen pen, Viewport vp, AreaLevel level, AreaIndex index, Predicate<AreaLevel> visible) {
        AreaLevel parent = level.parent();
        int drawn = 0;
        boolean parentShown = parent != null && visible.test(parent);
        if (visible.test(level)) {
            drawn += outline(pen, vp, index.query(vp.lonLat(), level), edges(index, level), !parentShown, LINE, 1.0);
        }
        if (parentShown) {
            drawn += outline(pen, vp, index.query(vp.lonLat(), parent), edges(index, parent), true, PARENT_LINE, 2.4);
        }
        return drawn;
    }

    /**
     * Stamps {@code level}'s names where they fit in their area and overlap neither the base map's own names
     * ({@code placeNames}, already in the tiles) nor each other: larger areas first, each tried at its label point,
     * then just above and below it.
     */
    void names(Stamp stamp, Viewport vp, AreaLevel level, AreaIndex index, Predicate<AreaLevel> visible,
            List<PlaceName> placeNames) {
        if (visible.test(level)) {
            space.clear();
            reserve(vp, placeNames);
            names(stamp, vp, index.query(vp.lonLat(), level));
        }
    }

    /** Keeps the base map's names clear: they are drawn into the tiles at the tile level's label size. */
    private void reserve(Viewport vp, List<PlaceName> placeNames) {
        int tileLevel = (int) Math.floor(vp.zoom() + DrawnLevels.TIPPING);
        double size = BaseMapStyle.labelSize(tileLevel) * Math.pow(2, vp.zoom() - tileLevel);
        for (PlaceName p : placeNames) {
            if (p.minZoom() > tileLevel) {
                continue;
            }
            double x = vp.screenX(p.worldX());
            double y = vp.screenY(p.worldY());
            if (x > -200 && y > -50 && x < vp.width() + 200 && y < vp.height() + 50) {
                space.take(x, y, ems(p.name()) * size + 6, size * 1.3 + 4);
            }
        }
    }

    /** Highlights the selected area, if it is on screen. */
    void selection(GraphicsContext gc, Viewport vp, Area selected) {
        if (selected != null && selected.getBoundary() != null
                && selected.getBoundary().getEnvelopeInternal().intersects(vp.lonLat())) {
            highlight(gc, vp, selected);
        }
    }

    /** A pen that strokes anti-aliased lines on the canvas, each pass as one path. */
    static Pen canvasPen(GraphicsContext gc) {
        return new Pen() {
            @Override
            public void begin(Color colour, double width) {
                gc.setStroke(colour);
                gc.setLineWidth(width);
                // round joins and caps add curve segments at every vertex for the rasteriser, invisible here
                gc.setLineJoin(StrokeLineJoin.BEVEL);
                gc.setLineCap(StrokeLineCap.BUTT);
                gc.beginPath();
            }

            @Override
            public void moveTo(double x, double y) {
                gc.moveTo(x, y);
            }

            @Override
            public void lineTo(double x, double y) {
                gc.lineTo(x, y);
            }

            @Override
            public void end() {
                gc.stroke();
            }
        };
    }

    private int outline(Pen pen, Viewport vp, List<Area> areas, OwnedEdges owned, boolean onParentToo, Color color,
            double width) {
        pen.begin(color, width);
        for (Area area : areas) {
            OwnedEdges.Edges e = owned.of(area);
            for (double[] line : onParentToo ? e.all() : e.offParent()) {
                trace(pen, vp, line);
            }
        }
        pen.end();
        return areas.size();
    }

    private OwnedEdges edges(AreaIndex index, AreaLevel level) {
        return edges.computeIfAbsent(level, l -> {
            edgesBuiltHere++;
            return edgesOf(index, l, this::projection);
        });
    }

    private static OwnedEdges edgesOf(AreaIndex index, AreaLevel level, Function<Area, ProjectedArea> projection) {
        Envelope world = new Envelope(-180, 180, -90, 90);
        List<Area> parents = level.parent() == null ? List.of() : index.query(world, level.parent());
        return new OwnedEdges(index.query(world, level), parents, projection);
    }

    /** Every area projected and every level's shared-edge table, for {@link #use}. */
    record Prepared(Map<Area, ProjectedArea> projected, Map<AreaLevel, OwnedEdges> edges) {
    }

    /**
     * Projects every area of {@code index} and builds every level's shared-edge table: pure computation, for a
     * background thread, so that the first view of the micro-grids (7,100 areas, ~70 ms) does not stall the FX
     * thread.
     */
    static Prepared prepare(AreaIndex index) {
        Map<Area, ProjectedArea> projected = new IdentityHashMap<>();
        Function<Area, ProjectedArea> projection = a -> projected.computeIfAbsent(a, ProjectedArea::of);
        Map<AreaLevel, OwnedEdges> edges = new EnumMap<>(AreaLevel.class);
        for (AreaLevel level : index.levels()) {
            edges.put(level, edgesOf(index, level, projection));
        }
        return new Prepared(projected, edges);
    }

    /** Takes what {@link #prepare} made for the current areas; what the FX thread already made stays. */
    void use(Prepared prepared) {
        prepared.projected().forEach(projected::putIfAbsent);
        prepared.edges().forEach(edges::putIfAbsent);
    }

    /** How many shared-edge tables were built on this (the FX) thread since the areas changed. */
    int edgesBuiltHere() {
        return edgesBuiltHere;
    }

    private void highlight(GraphicsContext gc, Viewport vp, Area area) {
        Pen path = canvasPen(gc);
        gc.beginPath();
        for (double[] ring : projection(area).rings) {
            trace(path, vp, ring);
            gc.closePath();
        }
        gc.setFillRule(FillRule.EVEN_ODD);
        gc.setFill(SELECTED_FILL);
        gc.fill();
        gc.setStroke(SELECTED_LINE);
        gc.setLineWidth(3);
        gc.stroke();
    }

    /** Draws one ring or polyline of world coordinates with {@code pen}, in screen pixels. */
    private static void trace(Pen pen, Viewport vp, double[] xy) {
        double s = vp.scale();
        double tx = vp.translateX();
        double ty = vp.translateY();
        int n = xy.length / 2;
        double lastX = tx + xy[0] * s;
        double lastY = ty + xy[1] * s;
        pen.moveTo(lastX, lastY);
        for (int i = 1; i < n; i++) {
            double x = tx + xy[2 * i] * s;
            double y = ty + xy[2 * i + 1] * s;
            if (i < n - 1 && Math.abs(x - lastX) + Math.abs(y - lastY) < MIN_STEP_PX) {
                continue;
            }
            pen.lineTo(x, y);
            lastX = x;
            lastY = y;
        }
    }

    private void names(Stamp stamp, Viewport vp, List<Area> areas) {
        labelNames.clear();
        candidates.clear();
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
            candidates.add(new Candidate(name, vp.screenX(p.labelX), vp.screenY(p.labelY), boxWidth * boxHeight,
                    boxHeight));
            labelNames.add(name);
        }
        labels.prepare(labelNames);
        candidates.sort(LARGEST_FIRST);
        for (Candidate c : candidates) {
            double w = labels.width(c.name());
            double h = labels.height(c.name());
            // room to move within the area: up or down by a line, if the area is tall enough
            double step = c.boxHeight() > 4 * h ? h : 0;
            for (double dy : step == 0 ? NO_SHIFT : new double[] {0, -step, step}) {
                if (space.take(c.x(), c.y() + dy, w, h)) {
                    labels.stamp(stamp, c.name(), c.x(), c.y() + dy);
                    break;
                }
            }
        }
    }

    /** An area name that fits its area, where it would go, and how much room its area has. */
    private record Candidate(String name, double x, double y, double boxArea, double boxHeight) {
    }

    private static final Comparator<Candidate> LARGEST_FIRST =
            Comparator.comparingDouble(Candidate::boxArea).reversed();
    private static final double[] NO_SHIFT = {0};

    /** CJK characters are about one em wide, Latin letters and digits about 0.6 em. */
    private static double estimatedWidth(String name) {
        return ems(name) * NAME_SIZE;
    }

    private static double ems(String name) {
        return name.codePoints().mapToDouble(c -> c >= 0x2E80 ? 1.0 : 0.6).sum();
    }

    private ProjectedArea projection(Area area) {
        return projected.computeIfAbsent(area, ProjectedArea::of);
    }
}
