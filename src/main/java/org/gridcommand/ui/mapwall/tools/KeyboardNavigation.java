package org.gridcommand.ui.mapwall.tools;

import javafx.event.EventHandler;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import org.gridcommand.ui.mapwall.MapWallView;

/**
 * Pans and zooms the map from the keyboard once it has the focus (a click on the map gives it): arrows pan by a
 * quarter of the view (Shift: a whole view), + and - zoom one level, Home shows the whole city.
 */
final class KeyboardNavigation {
    private final MapWallView view;
    private final EventHandler<KeyEvent> keys = this::key;
    private final EventHandler<MouseEvent> focusOnPress = e -> focusMap();

    KeyboardNavigation(MapWallView view) {
        this.view = view;
        view.setFocusTraversable(true);
        view.addEventHandler(KeyEvent.KEY_PRESSED, keys);
        view.addEventFilter(MouseEvent.MOUSE_PRESSED, focusOnPress);
    }

    private void focusMap() {
        view.requestFocus();
    }

    private void key(KeyEvent e) {
        double step = e.isShiftDown() ? 1.0 : 0.25;
        double dx = view.getWidth() * step;
        double dy = view.getHeight() * step;
        switch (e.getCode()) {
            case LEFT, KP_LEFT -> view.panBy(-dx, 0);
            case RIGHT, KP_RIGHT -> view.panBy(dx, 0);
            case UP, KP_UP -> view.panBy(0, -dy);
            case DOWN, KP_DOWN -> view.panBy(0, dy);
            case PLUS, ADD, EQUALS -> zoomBy(1);
            case MINUS, SUBTRACT -> zoomBy(-1);
            case HOME -> view.frameCity();
            default -> {
                return;
            }
        }
        e.consume();
    }

    private void zoomBy(double levels) {
        var zoom = view.model().zoomProperty();
        zoom.set(Math.max(3, Math.min(19, Math.round(zoom.get()) + levels)));
    }

    void dispose() {
        view.removeEventHandler(KeyEvent.KEY_PRESSED, keys);
        view.removeEventFilter(MouseEvent.MOUSE_PRESSED, focusOnPress);
    }
}
