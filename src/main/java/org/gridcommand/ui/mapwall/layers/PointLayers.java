package org.gridcommand.ui.mapwall.layers;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.util.Duration;
import javafx.util.Subscription;
import org.gridcommand.service.map.GridWorker;
import org.gridcommand.service.map.MapPoints;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;
import org.gridcommand.ui.mapwall.MapWallModel;
import org.gridcommand.ui.mapwall.MapWallView;
import org.gridcommand.ui.mapwall.tools.MapTools;
import org.gridcommand.ui.mapwall.tools.SelectableLayer;

/**
 * The point layers feature put together: model, canvas layer on the map wall, layer switches with legend, and a
 * details tab that comes forward when a point is selected. Reloads the points every {@link #RELOAD} (new events,
 * sensor readings, camera status) and re-reads countdowns every {@link #COUNTDOWN}. {@link #dispose()} releases
 * everything: the console runs for weeks.
 */
public final class PointLayers {
    /** Where the points come from: blocking, called off the FX thread. */
    @FunctionalInterface
    public interface PointSource {
        /** All points; the heat map's year of event positions only if {@code withHistory}. */
        MapPoints load(boolean withHistory) throws Exception;
    }

    static final Duration RELOAD = Duration.seconds(30);
    static final Duration COUNTDOWN = Duration.seconds(20);

    private final PointLayersModel model;
    private final PointLayer layer;
    private final LayerControls controls;
    private final PointDetailsView details;
    private final Tab detailsTab;
    private final MapWallView mapView;
    private final Timeline timer;
    private final PointSource source;
    private Subscription subscriptions = Subscription.EMPTY;
    private int ticks;
    private final MapWallModel map;
    private final Messages messages;
    private final BackgroundTasks tasks;
    private MapTools selectionTools;
    private List<SelectableLayer> selectables = List.of();

    public PointLayers(MapWallModel map, MapWallView mapView, Clock clock, BackgroundTasks tasks,
            Messages consoleMessages, PointSource source) {
        Messages messages = consoleMessages.forFeature("org.gridcommand.ui.mapwall.layers.messages");
        this.messages = messages;
        this.map = map;
        this.tasks = tasks;
        this.mapView = mapView;
        this.source = source;
        model = new PointLayersModel(clock, tasks);
        layer = new PointLayer(model, map, messages, mapView::centreOn);
        controls = new LayerControls(model, messages);
        details = new PointDetailsView(model, messages);
        ScrollPane scroll = new ScrollPane(details);
        scroll.setFitToWidth(true);
        detailsTab = new Tab(messages.get("details.tab"), scroll);
        detailsTab.setId("point-details-tab");
        detailsTab.setClosable(false);
        mapView.addOverlay(layer);
        mapView.getChildren().add(layer.legend());
        timer = new Timeline(new KeyFrame(COUNTDOWN, e -> tick()));
        timer.setCycleCount(Timeline.INDEFINITE);
    }

    /** Loads the points and starts the periodic refresh. */
    public void start() {
        load();
        // the heat map's history is read when the heat map is first shown, not at start
        subscriptions = subscriptions.and(model.visibleProperty(PointLayerKind.HEAT_MAP).subscribe((o, shown) -> {
            MapPoints now = model.pointsProperty().get();
            if (shown && now != null && now.history().size() == 0) {
                load();
            }
        }));
        timer.play();
    }

    private void load() {
        boolean withHistory = model.isVisible(PointLayerKind.HEAT_MAP);
        model.load(() -> source.load(withHistory));
    }

    private void tick() {
        ticks++;
        if (ticks % Math.max(1, (int) Math.round(RELOAD.toSeconds() / COUNTDOWN.toSeconds())) == 0) {
            load();
        } else {
            model.refreshCountdowns();
        }
    }

    /**
     * Lets the map's box, circle and polygon select these layers' points and the grid workers of the grids they
     * take ({@code workers} reads the roster, off the FX thread).
     */
    public void selectWith(MapTools tools, Callable<List<GridWorker>> workers) {
        GridWorkerLayer people = new GridWorkerLayer(map, messages, tasks, workers);
        List<SelectableLayer> all = new ArrayList<>(SelectablePoints.all(model, messages));
        all.add(1, people);
        all.forEach(tools::addSelectable);
        selectables = all;
        selectionTools = tools;
        people.reload();
    }

    /** Puts the details tab into {@code panels} and brings it forward whenever a point is selected. */
    public void showDetailsIn(TabPane panels) {
        panels.getTabs().add(detailsTab);
        subscriptions = subscriptions.and(model.selectedProperty().subscribe(p -> {
            if (p != null) {
                panels.getSelectionModel().select(detailsTab);
            }
        }));
    }

    public LayerControls controls() {
        return controls;
    }

    public PointLayersModel model() {
        return model;
    }

    public PointLayer layer() {
        return layer;
    }

    public void dispose() {
        if (selectionTools != null) {
            selectables.forEach(selectionTools::removeSelectable);
        }
        timer.stop();
        subscriptions.unsubscribe();
        controls.dispose();
        details.dispose();
        layer.dispose();
        mapView.removeOverlay(layer);
        mapView.getChildren().remove(layer.legend());
    }
}
