package org.gridcommand.ui.mapwall.layers;

import java.util.List;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import org.gridcommand.geo.cluster.PointIndex;
import org.gridcommand.geo.tiles.WebMercator;

/**
 * One kind of point projected to world coordinates once, with its bucket index and a severity rank per point
 * (what colours a cluster). Every redraw only scales and shifts.
 */
final class ProjectedPoints<T> {
    final List<T> items;
    final double[] x;
    final double[] y;
    final int[] rank;
    final PointIndex index;

    ProjectedPoints(List<T> items, ToDoubleFunction<T> lon, ToDoubleFunction<T> lat, ToIntFunction<T> rankOf) {
        this.items = items;
        int n = items.size();
        x = new double[n];
        y = new double[n];
        rank = new int[n];
        for (int i = 0; i < n; i++) {
            T t = items.get(i);
            x[i] = WebMercator.worldX(lon.applyAsDouble(t));
            y[i] = WebMercator.worldY(lat.applyAsDouble(t));
            rank[i] = rankOf.applyAsInt(t);
        }
        index = new PointIndex(x, y);
    }

    int size() {
        return items.size();
    }
}
