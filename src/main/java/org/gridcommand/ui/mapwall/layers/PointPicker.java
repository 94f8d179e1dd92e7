package org.gridcommand.ui.mapwall.layers;

import java.util.List;
import org.gridcommand.geo.cluster.Cluster;

/**
 * What a click at a screen position hits: the nearest visible point within {@link #RADIUS_PX} (an event pin by its
 * head, which sits above its tip), or below the clustering zoom a cluster, which the map then zooms into.
 */
final class PointPicker {
    static final double RADIUS_PX = 10;
    private static final double PIN_HEAD_PX = 11;

    /** A hit: a point record, or a cluster to zoom into (world coordinates). */
    record Hit(Object point, Cluster cluster) {
    }

    private final PointPainter painter;

    PointPicker(PointPainter painter) {
        this.painter = painter;
    }

    Hit pick(MapFrame f, double sx, double sy, PointLayersModel model) {
        PointLayersModel.Projection p = model.projection();
        Hit best = null;
        double bestD = Double.MAX_VALUE;
        // later layers are drawn on top, so on a tie they win: test them last with <=
        Object[][] kinds = {
            {PointLayerKind.RESOURCES, p.stations(), 0.0}, {PointLayerKind.RESOURCES, p.warehouses(), 0.0},
            {PointLayerKind.RESOURCES, p.teams(), 0.0},
            {PointLayerKind.RESOURCES, p.experts(), 0.0}, {PointLayerKind.SENSORS, p.sensors(), 0.0},
            {PointLayerKind.CAMERAS, p.cameras(), 0.0}, {PointLayerKind.EVENTS, p.events(), PIN_HEAD_PX}};
        for (Object[] k : kinds) {
            if (!model.isVisible((PointLayerKind) k[0])) {
                continue;
            }
            ProjectedPoints<?> pts = (ProjectedPoints<?>) k[1];
            double lift = (double) k[2];
            if (f.level() >= PointPainter.CLUSTER_BELOW) {
                double r = RADIUS_PX / f.scale();
                int i = pts.index.nearest(f.worldX(sx), f.worldY(sy + lift), r, j -> true);
                if (i >= 0) {
                    double d = dist(f.screenX(pts.x[i]), f.screenY(pts.y[i]) - lift, sx, sy);
                    if (d <= bestD) {
                        bestD = d;
                        best = new Hit(pts.items.get(i), null);
                    }
                }
            } else {
                List<Cluster> clusters = painter.clusters(f, pts);
                for (Cluster c : clusters) {
                    double cy = f.screenY(c.worldY()) - (c.isSingle() ? lift : 0);
                    double d = dist(f.screenX(c.worldX()), cy, sx, sy);
                    double reach = c.isSingle() ? RADIUS_PX : RADIUS_PX + 8;
                    if (d <= reach && d <= bestD) {
                        bestD = d;
                        best = c.isSingle() ? new Hit(pts.items.get(c.first()), null) : new Hit(null, c);
                    }
                }
            }
        }
        return best;
    }

    private static double dist(double x0, double y0, double x1, double y1) {
        return Math.hypot(x0 - x1, y0 - y1);
    }
}
