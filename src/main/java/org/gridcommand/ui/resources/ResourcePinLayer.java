package org.gridcommand.ui.resources;

import javafx.beans.value.ObservableValue;
import javafx.geometry.Point2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import org.gridcommand.ui.mapwall.CanvasOverlay;

/** The resource selected in the lookup, as a pin with its name on the map. */
final class ResourcePinLayer extends CanvasOverlay<ResourcePinLayer.Pin> {
    /** What to pin: where and what it is called. */
    record Pin(double lon, double lat, String label) {
    }

    ResourcePinLayer(ObservableValue<Pin> pin) {
        super(pin);
    }

    @Override
    protected void draw(GraphicsContext gc, Pin p) {
        Point2D at = getMapPoint(p.lat(), p.lon());
        gc.setFill(Color.web("#f2b233"));
        gc.fillPolygon(new double[] {at.getX(), at.getX() - 8, at.getX() + 8},
                new double[] {at.getY(), at.getY() - 16, at.getY() - 16}, 3);
        gc.fillOval(at.getX() - 8, at.getY() - 24, 16, 16);
        gc.setFill(Color.web("#0b1118"));
        gc.fillOval(at.getX() - 3, at.getY() - 19, 6, 6);
        gc.setFont(Font.font(13));
        gc.setFill(Color.web("#0b1118", 0.75));
        gc.fillRect(at.getX() + 10, at.getY() - 30, p.label().length() * 13 + 8, 18);
        gc.setFill(Color.WHITE);
        gc.fillText(p.label(), at.getX() + 14, at.getY() - 16);
    }

}
