package org.gridcommand.ui.emergency;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Point2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import org.gridcommand.domain.emergency.LineKind;
import org.gridcommand.ui.mapwall.CanvasOverlay;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.Polygon;

/**
 * The activation on the map: the affected area's outline, its centre, and a line from the centre to every
 * warehouse (orange), team (green) and expert (blue) on the board — dashed while only proposed. One canvas (see
 * {@link CanvasOverlay}).
 */
final class ActivationOverlay extends CanvasOverlay<MapPicture> {
    private static final Color AREA = Color.web("#ff4d4f");
    private static final Color WAREHOUSE = Color.web("#f2b233");
    private static final Color TEAM = Color.web("#3ddc84");
    private static final Color EXPERT = Color.web("#3fa7ff");

    ActivationOverlay(ObservableValue<MapPicture> picture) {
        super(picture);
    }

    @Override
    protected void draw(GraphicsContext gc, MapPicture p) {
        if (p.area() != null) {
            drawArea(gc, p.area());
        }
        Point2D centre = getMapPoint(p.centreLat(), p.centreLon());
        gc.setLineWidth(1.6);
        gc.setLineDashes(p.committed() ? null : new double[] {6, 4});
        for (MapPicture.Pin pin : p.pins()) {
            Point2D at = getMapPoint(pin.lat(), pin.lon());
            Color c = colour(pin.kind());
            gc.setStroke(c.deriveColor(0, 1, 1, 0.85));
            gc.strokeLine(centre.getX(), centre.getY(), at.getX(), at.getY());
            gc.setFill(c);
            gc.fillOval(at.getX() - 5, at.getY() - 5, 10, 10);
            gc.setStroke(Color.web("#0b1118"));
            gc.strokeOval(at.getX() - 5, at.getY() - 5, 10, 10);
        }
        gc.setLineDashes(null);
        gc.setFill(AREA);
        gc.fillOval(centre.getX() - 7, centre.getY() - 7, 14, 14);
        gc.setStroke(Color.WHITE);
        gc.setLineWidth(2);
        gc.strokeOval(centre.getX() - 7, centre.getY() - 7, 14, 14);
    }

    private void drawArea(GraphicsContext gc, Geometry area) {
        gc.setStroke(AREA);
        gc.setFill(AREA.deriveColor(0, 1, 1, 0.12));
        gc.setLineWidth(2.5);
        gc.setLineDashes(null);
        for (int i = 0; i < area.getNumGeometries(); i++) {
            if (area.getGeometryN(i) instanceof Polygon polygon) {
                Coordinate[] ring = polygon.getExteriorRing().getCoordinates();
                double[] xs = new double[ring.length];
                double[] ys = new double[ring.length];
                for (int k = 0; k < ring.length; k++) {
                    Point2D p = getMapPoint(ring[k].y, ring[k].x);
                    xs[k] = p.getX();
                    ys[k] = p.getY();
                }
                gc.fillPolygon(xs, ys, ring.length);
                gc.strokePolygon(xs, ys, ring.length);
            }
        }
    }

    static Color colour(LineKind kind) {
        return switch (kind) {
            case ITEM -> WAREHOUSE;
            case TEAM -> TEAM;
            case EXPERT -> EXPERT;
            case TASK -> AREA;
        };
    }
}
