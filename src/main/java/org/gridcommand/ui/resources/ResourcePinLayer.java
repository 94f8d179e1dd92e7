package org.gridcommand.ui.resources;

import com.gluonhq.maps.MapLayer;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.util.Subscription;

/** The resource selected in the lookup, as a pin with its name on the map. */
final class ResourcePinLayer extends MapLayer {
    /** What to pin: where and what it is called. */
    record Pin(double lon, double lat, String label) {
    }

    private final ObservableValue<Pin> pin;
    private final Canvas canvas = new Canvas();
    private Subscription subscriptions = Subscription.EMPTY;

    ResourcePinLayer(ObservableValue<Pin> pin) {
        this.pin = pin;
        setMouseTransparent(true);
        getChildren().add(canvas);
    }

    @Override
    protected void initialize() {
        subscriptions = Subscription.combine(pin.subscribe((o, n) -> markDirty()),
                baseMap.translateXProperty().subscribe((o, n) -> markDirty()),
                baseMap.translateYProperty().subscribe((o, n) -> markDirty()),
                baseMap.zoom().subscribe((o, n) -> markDirty()));
    }

    @Override
    protected void layoutLayer() {
        if (!(getParent() instanceof Region host) || host.getWidth() <= 0) {
            return;
        }
        canvas.setWidth(host.getWidth());
        canvas.setHeight(host.getHeight());
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        Pin p = pin.getValue();
        if (p == null) {
            return;
        }
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

    void dispose() {
        subscriptions.unsubscribe();
        subscriptions = Subscription.EMPTY;
    }
}
