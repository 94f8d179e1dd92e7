package org.gridcommand.ui.mapwall;

import java.util.ArrayList;
import java.util.List;
import org.gridcommand.domain.area.Area;
import org.gridcommand.geo.tiles.WebMercator;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * An area's boundary in Web Mercator world pixels at zoom 0, projected once: every redraw then only scales and
 * shifts, which is what keeps thousands of outlines cheap at every pan step.
 */
final class ProjectedArea {
    /** Rings as interleaved x, y world coordinates (exterior and hole rings alike: drawn as outlines). */
    final List<double[]> rings;
    final double minX;
    final double minY;
    final double maxX;
    final double maxY;
    /** Where the name goes: a point inside the area (a centroid can fall outside an L-shaped grid). */
    final double labelX;
    final double labelY;

    private ProjectedArea(List<double[]> rings, double[] box, double labelX, double labelY) {
        this.rings = rings;
        this.minX = box[0];
        this.minY = box[1];
        this.maxX = box[2];
        this.maxY = box[3];
        this.labelX = labelX;
        this.labelY = labelY;
    }

    static ProjectedArea of(Area area) {
        Geometry g = area.getBoundary();
        List<double[]> rings = new ArrayList<>();
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int i = 0; i < g.getNumGeometries(); i++) {
            if (g.getGeometryN(i) instanceof Polygon p) {
                rings.add(ring(p.getExteriorRing().getCoordinates(), box));
                for (int h = 0; h < p.getNumInteriorRing(); h++) {
                    rings.add(ring(p.getInteriorRingN(h).getCoordinates(), box));
                }
            }
        }
        Point inside = g.getInteriorPoint();
        return new ProjectedArea(rings, box, WebMercator.worldX(inside.getX()), WebMercator.worldY(inside.getY()));
    }

    private static double[] ring(Coordinate[] cs, double[] box) {
        double[] xy = new double[cs.length * 2];
        for (int i = 0; i < cs.length; i++) {
            double x = WebMercator.worldX(cs[i].x);
            double y = WebMercator.worldY(cs[i].y);
            xy[2 * i] = x;
            xy[2 * i + 1] = y;
            box[0] = Math.min(box[0], x);
            box[1] = Math.min(box[1], y);
            box[2] = Math.max(box[2], x);
            box[3] = Math.max(box[3], y);
        }
        return xy;
    }
}
