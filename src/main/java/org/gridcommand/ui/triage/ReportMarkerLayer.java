package org.gridcommand.ui.triage;

import com.gluonhq.maps.MapLayer;
import javafx.geometry.Point2D;
import javafx.scene.paint.Color;
import javafx.scene.shape.Polygon;

/**
 * Where the report in focus at the triage desk was made: a diamond over the map (not the queue's ring: the two
 * desks can show different things at once).
 */
final class ReportMarkerLayer extends MapLayer {
    private static final double R = 10;
    private final Polygon diamond = new Polygon(0, -R, R, 0, 0, R, -R, 0);
    private double[] lonLat;

    ReportMarkerLayer() {
        // coloured here, not in the feature's stylesheet: the map's part of the scene does not load it
        diamond.setFill(Color.web("#b98cff", 0.45));
        diamond.setStroke(Color.web("#e3d1ff"));
        diamond.setStrokeWidth(2.5);
        diamond.setMouseTransparent(true);
        getChildren().add(diamond);
        setVisible(false);
    }

    /** Marks {lon, lat}; null hides the mark. */
    void show(double[] where) {
        lonLat = where;
        setVisible(where != null);
        markDirty();
    }

    double[] shown() {
        return lonLat;
    }

    @Override
    protected void layoutLayer() {
        if (lonLat == null) {
            return;
        }
        Point2D p = getMapPoint(lonLat[1], lonLat[0]);
        if (p != null) {
            diamond.setTranslateX(p.getX());
            diamond.setTranslateY(p.getY());
        }
    }
}
