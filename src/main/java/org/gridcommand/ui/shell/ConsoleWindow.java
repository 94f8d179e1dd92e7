package org.gridcommand.ui.shell;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.beans.value.ChangeListener;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.Duration;
import org.gridcommand.domain.area.Area;
import org.gridcommand.ui.common.Messages;
import org.gridcommand.ui.mapwall.MapWallModel;
import org.gridcommand.ui.mapwall.MapWallView;

/**
 * The console's frame: status bar on top, layers and the area tree on the left, the map wall in the middle,
 * details (and the feature panels of later screens) on the right.
 */
public final class ConsoleWindow extends BorderPane {
    private static final Duration COUNTS_REFRESH = Duration.seconds(15);

    private final ConsoleModel model;
    private final MapWallModel map;
    private final MapWallView mapView;
    private final AreaTree tree;
    private final LayerPanel layers;
    private final DetailsPanel details;
    private final TabPane featurePanels = new TabPane();
    /** Tabs that need room (boards, tables): the right side widens while one of them is shown. */
    private final Set<Tab> wideTabs = new HashSet<>();
    /** Tabs on which a click on the map also limits the event lists to the clicked area (the event queue's). */
    private final Set<Tab> scopingTabs = new HashSet<>();
    private final StatusBar statusBar;
    private final TabStrip tabStrip;
    private SplitPane body;
    /** What stands where the map belongs: the map, or wall mode's placeholder while the map is on the wall. */
    private Node mapSlot;
    private final Timeline clockTimer;
    private final Timeline countsTimer;
    private final ChangeListener<Area> mapSelection;

    public ConsoleWindow(ConsoleModel model, MapWallModel map, MapWallView mapView, Messages messages,
                         String cityName) {
        this.model = model;
        this.map = map;
        this.mapView = mapView;
        this.mapSlot = mapView;
        getStyleClass().add("console");

        statusBar = new StatusBar(model, messages, cityName);
        setTop(statusBar);

        layers = new LayerPanel(map, messages);
        tree = new AreaTree(messages, this::choose);
        tree.setId("area-tree");
        TitledPane layerPane = new TitledPane(messages.get("panel.layers"), layers);
        layerPane.setCollapsible(false);
        TitledPane treePane = new TitledPane(messages.get("panel.areas"), tree);
        treePane.setCollapsible(false);
        treePane.setMaxHeight(Double.MAX_VALUE);
        VBox left = new VBox(layerPane, treePane);
        left.getStyleClass().add("side-panel");
        VBox.setVgrow(treePane, Priority.ALWAYS);
        left.setPrefWidth(280);
        left.setMinWidth(220);

        details = new DetailsPanel(model, messages);
        Tab detailsTab = new Tab(messages.get("panel.details"), new ScrollPane(details));
        detailsTab.setId("details-tab");
        detailsTab.setClosable(false);
        featurePanels.getTabs().add(detailsTab);
        tabStrip = new TabStrip(featurePanels);
        VBox right = new VBox(tabStrip, featurePanels);
        VBox.setVgrow(featurePanels, Priority.ALWAYS);
        right.getStyleClass().add("side-panel");
        right.setPrefWidth(320);
        // an event's detail needs this much beside its labels; on a 1366 px screen the map gives way
        right.setMinWidth(330);

        body = new SplitPane(left, mapView, right);
        body.setDividerPositions(0.16, 0.81);
        featurePanels.getSelectionModel().selectedItemProperty().addListener((o, was, tab) -> {
            body.setDividerPosition(1, wideTabs.contains(tab) ? 0.6 : 0.81);
            map.clickScopesProperty().set(scopingTabs.contains(tab));
        });
        SplitPane.setResizableWithParent(left, false);
        SplitPane.setResizableWithParent(right, false);
        setCenter(body);

        Label problem = new Label();
        problem.getStyleClass().add("problem-line");
        problem.textProperty().bind(model.problemProperty());
        problem.visibleProperty().bind(model.problemProperty().isNotEmpty());
        problem.managedProperty().bind(problem.visibleProperty());
        setBottom(problem);

        mapSelection = (obs, old, area) -> {
            model.selectedAreaProperty().set(area);
            tree.reveal(area);
        };
        map.selectedAreaProperty().addListener(mapSelection);

        clockTimer = new Timeline(new KeyFrame(Duration.seconds(1), e -> model.tick()));
        clockTimer.setCycleCount(Timeline.INDEFINITE);
        clockTimer.play();
        countsTimer = new Timeline(new KeyFrame(COUNTS_REFRESH, e -> model.refreshCounts()));
        countsTimer.setCycleCount(Timeline.INDEFINITE);
        countsTimer.play();
        model.refreshCounts();
    }

    /** Shows the city's areas in the tree and on the map. */
    public void showAreas(List<Area> areas) {
        tree.setAreas(areas);
        map.setAreas(areas);
    }

    /** Adds a feature's layer switches (and legend) below the boundary switches in the layer panel. */
    public void addLayerControls(Node controls) {
        layers.getChildren().add(controls);
    }

    /** Room for the feature panels of later screens (events, emergency, resources…). */
    public TabPane featurePanels() {
        return featurePanels;
    }

    /** Shows {@code tab} with a wider right side (e.g. an activation board). */
    public void widenWhenShown(Tab tab) {
        wideTabs.add(tab);
    }

    /**
     * While {@code tab} is shown, a click on the map limits the event lists to the clicked area; on every other tab
     * a click only selects (e.g. the resources tab measures from it) and the officer's scope stays as it was.
     */
    public void scopeByClicksWhenShown(Tab tab) {
        scopingTabs.add(tab);
        map.clickScopesProperty().set(scopingTabs.contains(featurePanels.getSelectionModel().getSelectedItem()));
    }

    /**
     * Puts a wide feature panel (the event queue) under the map, in a split the officer can drag; the map keeps
     * about two thirds of the height.
     */
    public void showBelowMap(Node panel) {
        SplitPane mapAndPanel = new SplitPane(mapView, panel);
        mapAndPanel.setOrientation(Orientation.VERTICAL);
        mapAndPanel.setDividerPositions(0.62);
        SplitPane.setResizableWithParent(panel, false);
        double[] dividers = body.getDividerPositions();
        body.getItems().set(body.getItems().indexOf(mapView), mapAndPanel);
        body.setDividerPositions(dividers);
    }

    /** Puts {@code banner} above the status bar, across the whole window (the 演练 banner of a drill copy). */
    public void showBanner(Node banner) {
        setTop(new VBox(banner, statusBar));
    }

    /** Adds an indicator (e.g. new urgent events) to the status bar, before the user and the clock. */
    public void addStatusItem(Node item) {
        statusBar.getChildren().add(Math.max(0, statusBar.getChildren().size() - 2), item);
    }

    /**
     * Adds a tool that has a key as well (lock, sign out) before the user and the clock; where the bar is short of
     * room it steps aside, after the database and before the user (its key still works).
     */
    public void addStatusItemThatMayStepAside(Node item) {
        addStatusItem(item);
        statusBar.mayStepAside(item);
    }

    /** Adds a feature's tool (search box, import button) to the status bar, after the title, on the left. */
    public void addStatusTool(Node item) {
        var items = statusBar.getChildren();
        int spacer = 0;
        while (spacer < items.size() && items.get(spacer).getClass() != Region.class) {
            spacer++;
        }
        items.add(spacer, item);
    }

    /**
     * Shows {@code node} where the map sits, beside the panels or above the event queue (wall mode lends the map to
     * the wall and puts it back).
     */
    public void showInMapSlot(Node node) {
        if (!replaceIn(body, mapSlot, node)) {
            for (Node item : body.getItems()) {
                if (item instanceof SplitPane inner && replaceIn(inner, mapSlot, node)) {
                    break;
                }
            }
        }
        mapSlot = node;
    }

    private static boolean replaceIn(SplitPane split, Node old, Node now) {
        int i = split.getItems().indexOf(old);
        if (i < 0) {
            return false;
        }
        double[] dividers = split.getDividerPositions();
        split.getItems().set(i, now);
        split.setDividerPositions(dividers);
        return true;
    }

    private void choose(Area area) {
        model.selectedAreaProperty().set(area);
        map.selectedAreaProperty().set(area);
        // choosing an area in the tree is a deliberate choice of where to look: the event lists follow
        map.scopeProperty().set(area);
        map.focus(area);
    }

    /** Whether the clock or the counts timer still runs (for tests: a closed window must stop both). */
    boolean timersRunning() {
        return clockTimer.getStatus() == Animation.Status.RUNNING
                || countsTimer.getStatus() == Animation.Status.RUNNING;
    }

    /** Stops timers and releases listeners. */
    public void dispose() {
        clockTimer.stop();
        countsTimer.stop();
        map.selectedAreaProperty().removeListener(mapSelection);
        tree.dispose();
        layers.dispose();
        details.dispose();
        tabStrip.dispose();
        mapView.dispose();
        model.dispose();
    }
}
