package org.gridcommand.geo.tiles;

import java.awt.geom.Path2D;
import java.awt.geom.Point2D;
import org.gridcommand.domain.map.BaseMapFeature;
import org.gridcommand.domain.map.MapFeatureKind;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.LineString;
import org.locationtech.jts.geom.Point;
import org.locationtech.jts.geom.Polygon;

/**
 * A base map feature projected once to Web Mercator world pixels at zoom 0. Mercator is non-linear in latitude but
 * linear afterwards, so each tile only scales and translates this path instead of projecting every vertex again.
 */
record WorldFeature(long order, MapFeatureKind kind, String name, int minZoom, Path2D.Double path, Point2D anchor) {

    static WorldFeature of(BaseMapFeature f, long order) {
        Geometry g = f.getGeometry();
        int minZoom = Math.max(f.getMinZoom(), BaseMapStyle.minZoom(f.getKind()));
        if (f.getKind() == MapFeatureKind.LABEL) {
            Point p = g instanceof Point point ? point : g.getInteriorPoint();
            Point2D anchor = new Point2D.Double(WebMercator.worldX(p.getX()), WebMercator.worldY(p.getY()));
            return new WorldFeature(order, f.getKind(), f.getName(), minZoom, null, anchor);
        }
        // even-odd so that holes (islands in a lake, a courtyard in a block) stay open
        Path2D.Double path = new Path2D.Double(Path2D.WIND_EVEN_ODD);
        append(g, path);
        return new WorldFeature(order, f.getKind(), f.getName(), minZoom, path, null);
    }

    private static void append(Geometry g, Path2D.Double path) {
        if (g instanceof Polygon polygon) {
            appendRing(polygon.getExteriorRing().getCoordinates(), path, true);
            for (int i = 0; i < polygon.getNumInteriorRing(); i++) {
                appendRing(polygon.getInteriorRingN(i).getCoordinates(), path, true);
            }
        } else if (g instanceof LineString line) {
            appendRing(line.getCoordinates(), path, false);
        } else {
            for (int i = 0; i < g.getNumGeometries(); i++) {
                Geometry part = g.getGeometryN(i);
                if (part != g) {
                    append(part, path);
                }
            }
        }
    }

    private static void appendRing(Coordinate[] cs, Path2D.Double path, boolean close) {
        if (cs.length == 0) {
            return;
        }
        path.moveTo(WebMercator.worldX(cs[0].x), WebMercator.worldY(cs[0].y));
        for (int i = 1; i < cs.length; i++) {
            path.lineTo(WebMercator.worldX(cs[i].x), WebMercator.worldY(cs[i].y));
        }
        if (close) {
            path.closePath();
        }
    }
}
