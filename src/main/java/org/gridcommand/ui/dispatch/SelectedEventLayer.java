package org.gridcommand.ui.dispatch;

import com.gluonhq.maps.MapLayer;
import javafx.geometry.Point2D;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

/** The selected event's place on the map: one ring over the boundaries (the event pins are another layer's). */
final class SelectedEventLayer extends MapLayer {
    private final Circle ring = new Circle(9);
    private final Circle dot = new Circle(3.5);
    private double[] lonLat;

    SelectedEventLayer() {
        // coloured here, not in the feature's stylesheet: the map's scene part does not load it
        ring.setFill(Color.TRANSPARENT);
        ring.setStroke(Color.web("#ffe14d"));
        ring.setStrokeWidth(3);
        dot.setFill(Color.web("#ffe14d"));
        ring.setMouseTransparent(true);
        dot.setMouseTransparent(true);
        getChildren().addAll(ring, dot);
        setVisible(false);
    }

    /** Marks {@code lon, lat} (null hides the mark). */
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
        if (p == null) {
            return;
        }
        for (Circle c : new Circle[] {ring, dot}) {
            c.setCenterX(p.getX());
            c.setCenterY(p.getY());
        }
    }
}
