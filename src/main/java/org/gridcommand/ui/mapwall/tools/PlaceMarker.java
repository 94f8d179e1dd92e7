package org.gridcommand.ui.mapwall.tools;

import com.gluonhq.maps.MapLayer;
import javafx.geometry.Point2D;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.SVGPath;

/**
 * The pin of a picked place with a callout beside it that says where it is (grid, then street and community, then
 * the nearest road). One marker: nodes, not canvas drawing (ADR 0009 keeps a few interactive items as nodes).
 */
final class PlaceMarker extends MapLayer {
    private static final String PIN = "M12 0C5.4 0 0 5.4 0 12c0 9 12 20 12 20s12-11 12-20C24 5.4 18.6 0 12 0z"
            + "m0 17a5 5 0 1 1 0-10 5 5 0 0 1 0 10z";
    private final SVGPath pin = new SVGPath();
    private final Label grid = new Label();
    private final Label where = new Label();
    private final VBox callout = new VBox(2, grid, where);
    private double[] lonLat;

    PlaceMarker() {
        pin.setContent(PIN);
        pin.setFill(Color.web("#ff5a5f"));
        pin.setStroke(Color.web("#05080c"));
        pin.setStrokeWidth(1.5);
        pin.setId("place-pin");
        callout.setId("place-callout");
        callout.getStyleClass().add("place-callout");
        callout.getStylesheets().add(PlaceMarker.class.getResource("tools.css").toExternalForm());
        grid.getStyleClass().add("place-grid");
        grid.setId("place-grid");
        where.setId("place-where");
        setMouseTransparent(true);
        getChildren().addAll(pin, callout);
        show(null, "", "");
    }

    /** Shows the pin at {@code place} ({lon, lat}) with two lines of text; null hides it. */
    void show(double[] place, String gridLine, String whereLine) {
        lonLat = place;
        grid.setText(gridLine);
        where.setText(whereLine);
        where.setVisible(!whereLine.isEmpty());
        where.setManaged(!whereLine.isEmpty());
        pin.setVisible(place != null);
        callout.setVisible(place != null);
        markDirty();
    }

    @Override
    protected void layoutLayer() {
        if (lonLat == null) {
            return;
        }
        Point2D p = getMapPoint(lonLat[1], lonLat[0]);
        // the pin's tip on the place
        pin.setTranslateX(p.getX() - 12);
        pin.setTranslateY(p.getY() - 32);
        callout.autosize();
        callout.setTranslateX(p.getX() + 16);
        callout.setTranslateY(p.getY() - 30 - callout.getHeight() / 2);
    }
}
