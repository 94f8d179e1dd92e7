package org.gridcommand.ui.mapwall.tools;

import java.util.EnumMap;
import java.util.Map;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.util.Subscription;
import org.gridcommand.ui.common.Messages;
import org.gridcommand.ui.mapwall.MapWallView;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignC;
import org.kordamp.ikonli.materialdesign2.MaterialDesignE;
import org.kordamp.ikonli.materialdesign2.MaterialDesignR;
import org.kordamp.ikonli.materialdesign2.MaterialDesignS;
import org.kordamp.ikonli.materialdesign2.MaterialDesignV;

/**
 * The small toolbar in the map's top-left corner (browse, box, distance, circle, polygon, clear) and the wiring of
 * mouse and keys to {@link MapTools}: while a tool is on, clicks place points instead of selecting areas, drags still
 * pan (but draw the box with the box tool), a double or right click ends the drawing, Enter ends it, Esc cancels. Also
 * adds the tools' overlay and the
 * keyboard navigation to the map. {@link #dispose()} releases all of it.
 */
public final class MapToolbar extends HBox {
    private final MapTools tools;
    private final MapWallView view;
    private final ToolOverlay overlay;
    private final KeyboardNavigation keys;
    private final ToggleGroup group = new ToggleGroup();
    private final Map<MapTool, ToggleButton> buttons = new EnumMap<>(MapTool.class);
    private final Label readout = new Label();
    private final EventHandler<MouseEvent> clicks = this::clicked;
    private final EventHandler<MouseEvent> moves = this::moved;
    private final EventHandler<MouseEvent> boxDrag = this::boxDrag;
    private final Units units;
    private final EventHandler<KeyEvent> escape = this::key;
    private final Subscription subscriptions;
    private Scene keyScene;

    public MapToolbar(MapTools tools, MapWallView view, Messages messages) {
        this.tools = tools;
        this.view = view;
        Messages words = messages.forFeature("org.gridcommand.ui.mapwall.tools.messages");
        units = new Units(words);
        getStyleClass().add("map-toolbar");
        getStylesheets().add(MapToolbar.class.getResource("tools.css").toExternalForm());
        setAlignment(Pos.CENTER_LEFT);
        setSpacing(2);
        setPickOnBounds(false);
        setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        StackPane.setAlignment(this, Pos.TOP_LEFT);
        StackPane.setMargin(this, new Insets(10));
        add(MapTool.BROWSE, new FontIcon(MaterialDesignC.CURSOR_DEFAULT_OUTLINE), words);
        add(MapTool.BOX, new FontIcon(MaterialDesignS.SELECTION_DRAG), words);
        add(MapTool.DISTANCE, new FontIcon(MaterialDesignR.RULER), words);
        add(MapTool.CIRCLE, new FontIcon(MaterialDesignV.VECTOR_CIRCLE), words);
        add(MapTool.POLYGON, new FontIcon(MaterialDesignV.VECTOR_POLYGON), words);
        Button clear = new Button(null, new FontIcon(MaterialDesignE.ERASER));
        clear.setId("tool-clear");
        clear.setTooltip(new Tooltip(words.get("tool.clear")));
        clear.setOnAction(e -> tools.cancel());
        readout.getStyleClass().add("map-toolbar-readout");
        readout.setId("tool-readout");
        getChildren().addAll(clear, readout);
        buttons.get(MapTool.BROWSE).setSelected(true);
        // a toggle group lets the selected button be clicked off; keep exactly one tool on
        group.selectedToggleProperty().addListener((o, old, now) -> {
            if (now == null && old != null) {
                old.setSelected(true);
            } else if (now != null) {
                tools.toolProperty().set((MapTool) now.getUserData());
            }
        });
        subscriptions = Subscription.combine(
                tools.toolProperty().subscribe(t -> buttons.get(t).setSelected(true)),
                tools.lengthMetersProperty().subscribe(m -> showReadout()),
                tools.toolProperty().subscribe(t -> showReadout()));
        overlay = new ToolOverlay(tools, view, units);
        view.addOverlay(overlay);
        view.getChildren().add(this);
        view.addEventFilter(MouseEvent.MOUSE_CLICKED, clicks);
        view.addEventFilter(MouseEvent.MOUSE_MOVED, moves);
        // filters run before the map's own handlers: with the box tool a drag draws instead of panning
        view.addEventFilter(MouseEvent.MOUSE_PRESSED, boxDrag);
        view.addEventFilter(MouseEvent.MOUSE_DRAGGED, boxDrag);
        view.addEventFilter(MouseEvent.MOUSE_RELEASED, boxDrag);
        keys = new KeyboardNavigation(view);
        sceneProperty().addListener((o, old, scene) -> watchKeys(scene));
        watchKeys(getScene());
    }

    /** Adds a button of another feature (e.g. wall mode) to the end of the toolbar. */
    public void addButton(Node button) {
        getChildren().add(getChildren().indexOf(readout), button);
    }

    private void add(MapTool tool, FontIcon icon, Messages words) {
        ToggleButton b = new ToggleButton(null, icon);
        b.setId("tool-" + tool.name().toLowerCase());
        b.setUserData(tool);
        b.setToggleGroup(group);
        b.setTooltip(new Tooltip(words.get("tool." + tool)));
        b.setFocusTraversable(false);
        buttons.put(tool, b);
        getChildren().add(b);
    }

    private void clicked(MouseEvent e) {
        if (tools.toolProperty().get() == MapTool.BROWSE || !e.isStillSincePress() || isOnToolbar(e)) {
            return;
        }
        if (e.getButton() == MouseButton.SECONDARY) {
            tools.finish();
            e.consume();
        } else if (e.getButton() == MouseButton.PRIMARY) {
            double[] p = view.lonLatAt(e.getX(), e.getY());
            tools.click(p[0], p[1], e.getClickCount() >= 2);
            e.consume();
        }
    }

    private void boxDrag(MouseEvent e) {
        if (tools.toolProperty().get() != MapTool.BOX || e.getButton() != MouseButton.PRIMARY || isOnToolbar(e)) {
            return;
        }
        double[] p = view.lonLatAt(e.getX(), e.getY());
        if (e.getEventType() == MouseEvent.MOUSE_PRESSED) {
            tools.press(p[0], p[1]);
        } else if (e.getEventType() == MouseEvent.MOUSE_DRAGGED) {
            tools.dragTo(p[0], p[1]);
        } else {
            tools.release(p[0], p[1]);
        }
        e.consume();
    }

    private void moved(MouseEvent e) {
        MapTool t = tools.toolProperty().get();
        if (t != MapTool.BROWSE && t != MapTool.BOX && !tools.points().isEmpty()) {
            double[] p = view.lonLatAt(e.getX(), e.getY());
            tools.hover(p[0], p[1]);
        }
    }

    private boolean isOnToolbar(MouseEvent e) {
        for (Node n = e.getPickResult().getIntersectedNode(); n != null; n = n.getParent()) {
            if (n == this) {
                return true;
            }
        }
        return false;
    }

    /** Esc and Enter reach the scene whatever has the focus: a drawing must be cancellable from anywhere. */
    private void key(KeyEvent e) {
        if (tools.toolProperty().get() == MapTool.BROWSE) {
            return;
        }
        if (e.getCode() == KeyCode.ESCAPE) {
            tools.cancel();
            e.consume();
        } else if (e.getCode() == KeyCode.ENTER && !(e.getTarget() instanceof TextInputControl)) {
            tools.finish();
            e.consume();
        }
    }

    private void watchKeys(Scene scene) {
        if (keyScene != null) {
            keyScene.removeEventFilter(KeyEvent.KEY_PRESSED, escape);
        }
        keyScene = scene;
        if (scene != null) {
            scene.addEventFilter(KeyEvent.KEY_PRESSED, escape);
        }
    }

    private void showReadout() {
        MapTool t = tools.toolProperty().get();
        double m = tools.lengthMetersProperty().get();
        readout.setText(t == MapTool.BROWSE || t == MapTool.BOX || m <= 0 ? "" : units.length(m));
        readout.setVisible(!readout.getText().isEmpty());
        readout.setManaged(readout.isVisible());
    }

    public void dispose() {
        subscriptions.unsubscribe();
        watchKeys(null);
        view.removeEventFilter(MouseEvent.MOUSE_CLICKED, clicks);
        view.removeEventFilter(MouseEvent.MOUSE_MOVED, moves);
        view.removeEventFilter(MouseEvent.MOUSE_PRESSED, boxDrag);
        view.removeEventFilter(MouseEvent.MOUSE_DRAGGED, boxDrag);
        view.removeEventFilter(MouseEvent.MOUSE_RELEASED, boxDrag);
        view.removeOverlay(overlay);
        view.getChildren().remove(this);
        overlay.dispose();
        keys.dispose();
    }
}
