package org.gridcommand.ui.dispatch;

import java.util.function.Consumer;
import javafx.event.EventHandler;
import javafx.scene.Cursor;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import org.gridcommand.ui.mapwall.MapWallView;

/**
 * One-shot place picking on the map: after {@link #arm()}, the next click (without drag) gives its lon/lat and is
 * not passed on, so it does not select an area. A drag still pans the map meanwhile.
 */
final class MapPlacePicker {
    private final MapWallView map;
    private final Consumer<double[]> picked;
    private final EventHandler<MouseEvent> click = this::clicked;
    private boolean armed;

    MapPlacePicker(MapWallView map, Consumer<double[]> picked) {
        this.map = map;
        this.picked = picked;
    }

    void arm() {
        if (!armed) {
            armed = true;
            map.addEventFilter(MouseEvent.MOUSE_CLICKED, click);
            map.setCursor(Cursor.CROSSHAIR);
        }
    }

    void disarm() {
        if (armed) {
            armed = false;
            map.removeEventFilter(MouseEvent.MOUSE_CLICKED, click);
            map.setCursor(null);
        }
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
            return;
        }
        e.consume();
        double[] lonLat = map.lonLatAt(e.getX(), e.getY());
        disarm();
        picked.accept(lonLat);
    }
}
