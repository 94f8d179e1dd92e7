package org.gridcommand.ui.mapwall.layers;

import java.time.Clock;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.util.Duration;
import javafx.util.Subscription;
import org.gridcommand.service.map.MapPoints;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;
import org.gridcommand.ui.mapwall.MapWallModel;
import org.gridcommand.ui.mapwall.MapWallView;

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

    public PointLayers(MapWallModel map, MapWallView mapView, Clock clock, BackgroundTasks tasks,
            Messages consoleMessages, PointSource source) {
        Messages messages = consoleMessages.forFeature("org.gridcommand.ui.mapwall.layers.messages");
        this.mapView = mapView;
        this.source = source;
        model = new PointLayersModel(clock, tasks);
        layer = new PointLayer(model, map, messages, mapView::centreOn);
        controls = new LayerControls(model, messages);
        details = new PointDetailsView(model, messages);
        javafx.scene.control.ScrollPane scroll = new javafx.scene.control.ScrollPane(details);
        scroll.setFitToWidth(true);
        detailsTab = new Tab(messages.get("details.tab"), scroll);
        detailsTab.setId("point-details-tab");
        detailsTab.setClosable(false);
        mapView.addOverlay(layer);
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
        timer.stop();
        subscriptions.unsubscribe();
        controls.dispose();
        details.dispose();
        layer.dispose();
        mapView.removeOverlay(layer);
    }
}
