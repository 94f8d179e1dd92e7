package org.gridcommand.ui.mapwall.layers;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.FillRule;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.geo.index.AreaIndex;
import org.gridcommand.geo.tiles.WebMercator;
import org.gridcommand.ui.mapwall.layers.PointLayersModel.ChoroplethMeasure;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Envelope;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * Colours the areas of the level the map draws by their open (or overdue) events: pale yellow for one, deep red
 * for the most on screen, nothing for none. Translucent, so the outlines and names of the boundary layer show.
 */
final class ChoroplethPainter {
    private final Map<Area, double[][]> rings = new IdentityHashMap<>();
    private int lastMax;

    /** Forget projections when the areas are replaced. */
    void clear() {
        rings.clear();
    }

    /** Returns how many areas were coloured. */
    int paint(GraphicsContext gc, MapFrame f, AreaIndex index, AreaLevel level,
            PointLayersModel.Projection counts, ChoroplethMeasure measure) {
        Envelope view = new Envelope(WebMercator.lon(f.worldX(0)), WebMercator.lon(f.worldX(f.width())),
                WebMercator.lat(f.worldY(f.height())), WebMercator.lat(f.worldY(0)));
        List<Area> areas = index.query(view, level);
        int max = 0;
        for (Area a : areas) {
            max = Math.max(max, counts.count(a.getId(), measure));
        }
        lastMax = max;
        if (max == 0) {
            return 0;
        }
        int coloured = 0;
        gc.setFillRule(FillRule.EVEN_ODD);
        for (Area a : areas) {
            int n = counts.count(a.getId(), measure);
            if (n == 0) {
                continue;
            }
            gc.setFill(ramp((double) n / max));
            gc.beginPath();
            for (double[] xy : rings.computeIfAbsent(a, ChoroplethPainter::project)) {
                gc.moveTo(f.screenX(xy[0]), f.screenY(xy[1]));
                for (int i = 2; i < xy.length; i += 2) {
                    gc.lineTo(f.screenX(xy[i]), f.screenY(xy[i + 1]));
                }
                gc.closePath();
            }
            gc.fill();
            coloured++;
        }
        return coloured;
    }

    /** The most events in one area on screen at the last paint: the top of the legend's scale. */
    int lastMax() {
        return lastMax;
    }

    static Color ramp(double t) {
        return Color.hsb(55 - 55 * t, 0.35 + 0.6 * t, 1.0, 0.22 + 0.33 * t);
    }

    private static double[][] project(Area area) {
        Geometry g = area.getBoundary();
        if (g == null) {
            return new double[0][];
        }
        ArrayList<double[]> out = new ArrayList<>();
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p) {
                out.add(ring(p.getExteriorRing().getCoordinates()));
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    out.add(ring(p.getInteriorRingN(h).getCoordinates()));
                }
            }
        }
        return out.toArray(new double[0][]);
    }

    private static double[] ring(Coordinate[] cs) {
        double[] xy = new double[cs.length * 2];
        for (int i = 0; i < cs.length; i++) {
            xy[2 * i] = WebMercator.worldX(cs[i].x);
            xy[2 * i + 1] = WebMercator.worldY(cs[i].y);
        }
        return xy;
    }
}
