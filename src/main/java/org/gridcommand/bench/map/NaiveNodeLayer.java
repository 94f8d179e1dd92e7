package org.gridcommand.bench.map;

import com.gluonhq.maps.MapLayer;
import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;
import javafx.scene.shape.Polygon;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.service.map.MapPoints;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;

/**
 * The baseline the bench compares against: the textbook Gluon overlay, ONE scene-graph node per feature — a Circle
 * per camera, sensor, event and resource, a Polygon per grid and micro-grid — each placed with
 * {@code getMapPoint} in {@code layoutLayer()}. Not used by the console.
 */
final class NaiveNodeLayer extends MapLayer {
    private final List<Circle> circles = new ArrayList<>();
    private final List<double[]> circleLonLat = new ArrayList<>();
    private final List<Polygon> polygons = new ArrayList<>();
    private final List<Coordinate[]> rings = new ArrayList<>();

    NaiveNodeLayer(MapPoints p, List<Area> areas) {
        for (Area a : areas) {
            Geometry g = a.getBoundary();
            if (g == null || (a.getLevel() != AreaLevel.GRID && a.getLevel() != AreaLevel.MICRO_GRID)) {
                continue;
            }
            Polygon poly = new Polygon();
            poly.setFill(null);
            poly.setStroke(Color.web("#3d8cc0", 0.8));
            poly.setStrokeWidth(1);
            polygons.add(poly);
            rings.add(g.getGeometryN(0).getCoordinates());
            getChildren().add(poly);
        }
        p.sensors().forEach(s -> add(s.lon(), s.lat(), Color.web("#52c41a")));
        p.cameras().forEach(c -> add(c.lon(), c.lat(), Color.web("#36cfc9")));
        p.warehouses().forEach(w -> add(w.lon(), w.lat(), Color.web("#d4a373")));
        p.teams().forEach(t -> add(t.lon(), t.lat(), Color.web("#9e7bff")));
        p.experts().forEach(x -> add(x.lon(), x.lat(), Color.web("#f06bb4")));
        p.stations().forEach(s -> add(s.lon(), s.lat(), Color.web("#597ef7")));
        p.events().forEach(e -> add(e.lon(), e.lat(), Color.web("#3fa7ff")));
    }

    private void add(double lon, double lat, Color fill) {
        Circle c = new Circle(5, fill);
        c.setStroke(Color.web("#0b1118"));
        circles.add(c);
        circleLonLat.add(new double[] {lon, lat});
        getChildren().add(c);
    }

    int nodeCount() {
        return circles.size() + polygons.size();
    }

    @Override
    protected void layoutLayer() {
        for (int i = 0; i < circles.size(); i++) {
            double[] ll = circleLonLat.get(i);
            Point2D p = getMapPoint(ll[1], ll[0]);
            circles.get(i).setTranslateX(p.getX());
            circles.get(i).setTranslateY(p.getY());
        }
        for (int i = 0; i < polygons.size(); i++) {
            Coordinate[] cs = rings.get(i);
            Double[] xy = new Double[cs.length * 2];
            for (int k = 0; k < cs.length; k++) {
                Point2D p = getMapPoint(cs[k].y, cs[k].x);
                xy[2 * k] = p.getX();
                xy[2 * k + 1] = p.getY();
            }
            polygons.get(i).getPoints().setAll(xy);
        }
    }
}
