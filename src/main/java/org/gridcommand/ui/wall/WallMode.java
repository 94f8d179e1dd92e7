package org.gridcommand.ui.wall;

import java.util.List;
import java.util.function.Consumer;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.geometry.Rectangle2D;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.StageStyle;
import javafx.stage.Window;
import javafx.util.Duration;
import org.gridcommand.ui.common.Messages;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.materialdesign2.MaterialDesignM;

/**
 * Wall mode (F11 or the toolbar button): the map, with big KPI tiles and no chrome, fills a second monitor when
 * there is one (the console keeps running on the first), else the whole screen. The map is MOVED to the wall, not
 * copied — one map, one set of layers and listeners — and the console shows a note where it was. Esc or F11 on the
 * wall returns it.
 */
public final class WallMode {
    private static final Duration REFRESH = Duration.seconds(15);

    private final Node map;
    private final Consumer<Node> mapSlot;
    private final WallModel model;
    private final Messages words;
    private final List<Node> chrome;
    private final Runnable onWall;
    private final Timeline refresh;
    private final EventHandler<KeyEvent> f11 = this::consoleKey;
    private Stage wall;
    private KpiTiles tiles;
    private MonthModel month;
    private MonthTiles monthTiles;
    private Scene consoleScene;

    /**
     * @param map     the map node to show on the wall
     * @param mapSlot puts a node where the map sits in the console (the placeholder, then the map again)
     * @param chrome  nodes on the map to hide on the wall (e.g. the tools' toolbar)
     * @param onWall  runs once the map is laid out on the wall (e.g. frame the whole city)
     */
    public WallMode(Node map, Consumer<Node> mapSlot, WallModel model, Messages messages, List<Node> chrome,
                    Runnable onWall) {
        this.onWall = onWall;
        this.map = map;
        this.mapSlot = mapSlot;
        this.model = model;
        this.words = messages.forFeature("org.gridcommand.ui.wall.messages");
        this.chrome = List.copyOf(chrome);
        refresh = new Timeline(new KeyFrame(REFRESH, e -> {
            model.refresh();
            if (month != null) {
                month.refresh(false);
            }
        }));
        refresh.setCycleCount(Timeline.INDEFINITE);
    }

    /** Also shows the month's assessment tiles beside the map (this month against last, today, best units). */
    public void showMonth(MonthModel monthModel) {
        this.month = monthModel;
    }

    /** Makes F11 on the console open the wall. */
    public void install(Scene scene) {
        consoleScene = scene;
        scene.addEventFilter(KeyEvent.KEY_PRESSED, f11);
    }

    /** The toolbar button that opens the wall. */
    public Button button() {
        Button b = new Button(null, new FontIcon(MaterialDesignM.MONITOR_DASHBOARD));
        b.setId("wall-mode");
        b.setTooltip(new Tooltip(words.get("wall.enter")));
        b.setFocusTraversable(false);
        b.setOnAction(e -> enter());
        return b;
    }

    public boolean isOn() {
        return wall != null;
    }

    /** Shows the wall; the screen is chosen now (a monitor plugged in since start counts). */
    public void enter() {
        if (wall != null) {
            return;
        }
        Window owner = consoleScene != null ? consoleScene.getWindow() : map.getScene().getWindow();
        Screen screen = wallScreen(owner);
        Label note = new Label(words.get("wall.placeholder"));
        note.getStyleClass().add("wall-placeholder");
        StackPane placeholder = new StackPane(note);
        placeholder.setId("wall-placeholder");
        placeholder.setOnMouseClicked(e -> exit());
        mapSlot.accept(placeholder);
        chrome.forEach(n -> n.setVisible(false));

        tiles = new KpiTiles(model, words);
        StackPane.setAlignment(tiles, Pos.TOP_CENTER);
        StackPane.setMargin(tiles, new Insets(18));
        tiles.setMaxHeight(Region.USE_PREF_SIZE);
        StackPane root = new StackPane(map, tiles);
        if (month != null) {
            monthTiles = new MonthTiles(month, words);
            StackPane.setAlignment(monthTiles, Pos.CENTER_RIGHT);
            StackPane.setMargin(monthTiles, new Insets(18));
            root.getChildren().add(monthTiles);
            month.refresh(false);
        }
        root.setId("wall");
        Rectangle2D bounds = screen.getBounds();
        Scene scene = new Scene(root, bounds.getWidth(), bounds.getHeight());
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().addAll(owner.getScene().getStylesheets());
        }
        scene.getStylesheets().add(WallMode.class.getResource("wall.css").toExternalForm());
        scene.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE || e.getCode() == KeyCode.F11) {
                e.consume();
                exit();
            }
        });
        wall = new Stage(StageStyle.UNDECORATED);
        wall.setTitle(words.get("wall.title"));
        wall.setScene(scene);
        wall.setX(bounds.getMinX());
        wall.setY(bounds.getMinY());
        wall.setWidth(bounds.getWidth());
        wall.setHeight(bounds.getHeight());
        if (Screen.getScreens().size() < 2) {
            wall.setFullScreenExitHint("");
            wall.setFullScreenExitKeyCombination(KeyCombination.NO_MATCH);
            wall.setFullScreen(true);
        }
        wall.setOnHidden(e -> restore());
        wall.show();
        // after the map's own resize handling, which runs later in the pulse it is laid out in
        Platform.runLater(() -> Platform.runLater(onWall));
        model.refresh();
        refresh.play();
    }

    /** Returns the map to the console. */
    public void exit() {
        if (wall != null) {
            wall.close();
        }
    }

    private void restore() {
        if (wall == null) {
            return;
        }
        refresh.stop();
        ((StackPane) wall.getScene().getRoot()).getChildren().clear();
        wall = null;
        tiles.dispose();
        tiles = null;
        if (monthTiles != null) {
            monthTiles.dispose();
            monthTiles = null;
        }
        chrome.forEach(n -> n.setVisible(true));
        mapSlot.accept(map);
    }

    /** A monitor other than the console's if there is one, else the console's own. */
    static Screen wallScreen(Window console) {
        List<Screen> screens = Screen.getScreens();
        if (console != null && screens.size() > 1) {
            double cx = console.getX() + console.getWidth() / 2;
            double cy = console.getY() + console.getHeight() / 2;
            for (Screen s : screens) {
                if (!s.getBounds().contains(cx, cy)) {
                    return s;
                }
            }
        }
        if (console != null) {
            List<Screen> under = Screen.getScreensForRectangle(console.getX(), console.getY(), console.getWidth(),
                    console.getHeight());
            if (!under.isEmpty()) {
                return under.get(0);
            }
        }
        return Screen.getPrimary();
    }

    private void consoleKey(KeyEvent e) {
        if (e.getCode() == KeyCode.F11) {
            e.consume();
            enter();
        }
    }

    public void dispose() {
        exit();
        refresh.stop();
        if (consoleScene != null) {
            consoleScene.removeEventFilter(KeyEvent.KEY_PRESSED, f11);
        }
    }
}
