package org.gridcommand.ui.mapwall.layers;

import com.gluonhq.maps.MapLayer;
import java.util.List;
import java.util.function.Consumer;
import javafx.animation.AnimationTimer;
import javafx.beans.value.ObservableValue;
import javafx.event.EventHandler;
import javafx.scene.Parent;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.util.Subscription;
import org.gridcommand.geo.tiles.WebMercator;
import org.gridcommand.ui.common.Messages;
import org.gridcommand.ui.mapwall.MapPainter;
import org.gridcommand.ui.mapwall.MapWallModel;
import org.gridcommand.ui.mapwall.Stamp;

/**
 * The map wall's points, heat map and choropleth, drawn on the map's own canvas above the boundaries (a node per
 * feature does not scale to 10,000 pins, and a canvas of its own would cost a full-screen composite per frame), plus
 * a canvas of its own for the pulse of new events, which alone is redrawn while something pulses. The map redraws
 * it with every move; it asks for a redraw when its content changes. A click on a point selects it before the map's
 * area selection sees the click.
 */
public final class PointLayer extends MapLayer implements MapPainter {
    /** Asks the map to show a place at a zoom (a click on a cluster zooms into it). */
    @FunctionalInterface
    public interface ZoomTo {
        void show(double lat, double lon, double zoom);
    }

    private static final double PULSE_PERIOD_NANOS = 1.4e9;

    private final PointLayersModel model;
    private final MapWallModel map;
    private final ZoomTo zoomTo;
    private Canvas canvas = new Canvas();
    private Runnable redraw = () -> { };
    private final Canvas pulseCanvas = new Canvas();
    private final PointPainter painter;
    private final PointPicker picker;
    private final HeatSurface heat;
    private final MapLegend legend;
    private final ChoroplethPainter choropleth = new ChoroplethPainter();
    private final EventHandler<MouseEvent> clickFilter = this::click;
    private final AnimationTimer pulse = new AnimationTimer() {
        @Override
        public void handle(long now) {
            drawPulse(now);
        }
    };
    private boolean pulseRunning;
    private Region host;
    private Subscription subscriptions = Subscription.EMPTY;
    private long lastRedrawNanos;
    private int lastSymbolCount;

    public PointLayer(PointLayersModel model, MapWallModel map, Messages messages, ZoomTo zoomTo) {
        this.model = model;
        this.map = map;
        this.zoomTo = zoomTo;
        this.painter = new PointPainter(messages);
        this.picker = new PointPicker(painter);
        this.heat = new HeatSurface(model.tasks(), () -> redraw.run());
        this.legend = new MapLegend(messages);
        pulseCanvas.setMouseTransparent(true);
        getChildren().add(pulseCanvas);
        visibleProperty().subscribe(v -> redraw.run());
    }

    @Override
    public void attached(Canvas mapCanvas, Runnable redrawMap) {
        canvas = mapCanvas;
        redraw = redrawMap;
    }

    /**
     * Called by Gluon when the layer is given its MapView's base map, just before the MapView adds it as a child:
     * the MapView (our parent, whose size and clicks we need) is known once the parent is set.
     */
    @Override
    protected void initialize() {
        subscriptions = Subscription.combine(
                redrawOn(model.contentVersionProperty()),
                map.areasProperty().subscribe((o, n) -> {
                    choropleth.clear();
                    redraw.run();
                }),
                parentProperty().subscribe(this::attachTo),
                () -> attachTo(null));
        redraw.run();
    }

    private Subscription hostSubscriptions = Subscription.EMPTY;

    private void attachTo(Parent parent) {
        hostSubscriptions.unsubscribe();
        hostSubscriptions = Subscription.EMPTY;
        if (host != null) {
            host.removeEventFilter(MouseEvent.MOUSE_CLICKED, clickFilter);
        }
        host = parent instanceof Region r ? r : null;
        if (host != null) {
            host.addEventFilter(MouseEvent.MOUSE_CLICKED, clickFilter);
            hostSubscriptions = Subscription.combine(redrawOn(host.widthProperty()), redrawOn(host.heightProperty()));
            redraw.run();
        }
    }

    private Subscription redrawOn(ObservableValue<?> value) {
        return value.subscribe((o, n) -> redraw.run());
    }

    @Override
    public void paint(GraphicsContext gc) {
        MapFrame f = frame();
        if (f.isEmpty() || !isVisible()) {
            updatePulse(false);
            legend.showHeat(null, 0, 0);
            legend.showColours(null, null, 0);
            return;
        }
        long start = System.nanoTime();
        var level = map.drawnLevel(f.zoom());
        boolean colouring = model.isVisible(PointLayerKind.CHOROPLETH) && level != null
                && PointLayersModel.colourable(level);
        var measure = model.choroplethMeasureProperty().get();
        if (colouring) {
            choropleth.paint(gc, f, map.areaIndex(), level, model.projection(), measure);
        }
        legend.showColours(measure, colouring ? level : null, colouring ? choropleth.lastMax() : 0);
        boolean heatShown = model.isVisible(PointLayerKind.HEAT_MAP);
        if (heatShown) {
            heat.paint(gc, f, model.pointsProperty().get().history(), model.clock().instant(),
                    model.heatWindowProperty().get());
        }
        legend.showHeat(heatShown ? model.heatWindowProperty().get() : null, heat.peakPerKm2(), heat.counted());
        lastSymbolCount = painter.paint(Stamp.on(gc), op -> op.accept(gc), f, model);
        highlightSelected(gc, f);
        lastRedrawNanos = System.nanoTime() - start;
        updatePulse(painter.pulsingCount() > 0);
    }

    /** Symbols into the moving map's frame; not with a heat map or colouring on, which go under the symbols. */
    @Override
    public boolean paintInto(Stamp frame, List<Consumer<GraphicsContext>> afterFrame) {
        MapFrame f = frame();
        if (f.isEmpty() || !isVisible() || model.isVisible(PointLayerKind.CHOROPLETH)
                || model.isVisible(PointLayerKind.HEAT_MAP)) {
            return false;
        }
        long start = System.nanoTime();
        lastSymbolCount = painter.paint(frame, afterFrame::add, f, model);
        afterFrame.add(gc -> highlightSelected(gc, f));
        lastRedrawNanos = System.nanoTime() - start;
        updatePulse(painter.pulsingCount() > 0);
        return true;
    }

    /** A ring around the selected point, so the officer sees which symbol the details belong to. */
    private void highlightSelected(GraphicsContext gc, MapFrame f) {
        double[] lonLat = SelectedPlace.of(model.selectedProperty().get());
        if (lonLat == null) {
            return;
        }
        double x = f.screenX(WebMercator.worldX(lonLat[0]));
        double y = f.screenY(WebMercator.worldY(lonLat[1])) - lonLat[2];
        gc.setStroke(Color.web("#6ae6ff"));
        gc.setLineWidth(2.5);
        gc.strokeOval(x - 12, y - 12, 24, 24);
    }

    private void updatePulse(boolean wanted) {
        pulseCanvas.setWidth(canvas.getWidth());
        pulseCanvas.setHeight(canvas.getHeight());
        if (wanted && !pulseRunning) {
            pulse.start();
        } else if (!wanted && pulseRunning) {
            pulse.stop();
            pulseCanvas.getGraphicsContext2D().clearRect(0, 0, pulseCanvas.getWidth(), pulseCanvas.getHeight());
        }
        pulseRunning = wanted;
        // an empty full-screen canvas still costs a composite every frame
        pulseCanvas.setVisible(wanted);
        if (wanted) {
            drawPulse(System.nanoTime());
        }
    }

    /** Expanding, fading rings around each new event's pin head. */
    private void drawPulse(long now) {
        GraphicsContext gc = pulseCanvas.getGraphicsContext2D();
        gc.clearRect(0, 0, pulseCanvas.getWidth(), pulseCanvas.getHeight());
        double phase = (now % (long) PULSE_PERIOD_NANOS) / PULSE_PERIOD_NANOS;
        double r = 8 + 16 * phase;
        gc.setStroke(Color.web("#ff9c3a", 0.9 * (1 - phase)));
        gc.setLineWidth(2.5);
        double[] xy = painter.pulsing();
        for (int i = 0; i < painter.pulsingCount(); i++) {
            double x = xy[2 * i];
            double y = xy[2 * i + 1] - 11;
            gc.strokeOval(x - r, y - r, 2 * r, 2 * r);
        }
    }

    private void click(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
            return;
        }
        MapFrame f = frame();
        if (f.isEmpty()) {
            return;
        }
        PointPicker.Hit hit = picker.pick(f, e.getX(), e.getY(), model);
        if (hit == null) {
            return;
        }
        e.consume();
        if (hit.point() != null) {
            model.selectedProperty().set(hit.point());
        } else {
            var c = hit.cluster();
            zoomTo.show(WebMercator.lat(c.worldY()), WebMercator.lon(c.worldX()),
                    Math.min(PointPainter.CLUSTER_BELOW, f.level() + 2));
        }
    }

    MapFrame frame() {
        if (baseMap == null || host == null) {
            return new MapFrame(0, 0, 0, 0, 0);
        }
        return new MapFrame(baseMap.zoom().get(), baseMap.getTranslateX(), baseMap.getTranslateY(),
                host.getWidth(), host.getHeight());
    }

    /** How long the last redraw took to record its drawing (the FX thread's share), for the bench. */
    public long lastRedrawNanos() {
        return lastRedrawNanos;
    }

    /** Symbols and clusters drawn in the last redraw. */
    public int lastSymbolCount() {
        return lastSymbolCount;
    }

    /** Whether the pulse animation runs (only while a new, unacknowledged event is on screen). */
    public boolean isPulsing() {
        return pulseRunning;
    }

    int heatCount() {
        return heat.counted();
    }

    /** The heat map's peak density, events per square kilometre (for its legend). */
    double heatPeakPerKm2() {
        return heat.peakPerKm2();
    }

    Canvas canvas() {
        return canvas;
    }

    /** The legend of the heat map and the area colouring, for the map view to show. */
    MapLegend legend() {
        return legend;
    }

    public void dispose() {
        pulse.stop();
        heat.stop();
        pulseRunning = false;
        subscriptions.unsubscribe();
        subscriptions = Subscription.EMPTY;
        attachTo(null);
    }
}
