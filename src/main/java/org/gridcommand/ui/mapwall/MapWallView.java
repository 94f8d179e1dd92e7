package org.gridcommand.ui.mapwall;

import com.gluonhq.maps.MapLayer;
import com.gluonhq.maps.MapView;
import java.util.List;
import javafx.application.Platform;
import javafx.event.EventHandler;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BackgroundFill;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.util.Subscription;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.geo.tiles.WebMercator;
import org.locationtech.jts.geom.Envelope;

/**
 * The map wall: Gluon's MapView with the offline base map ({@link TileLayer}) and the administrative boundary layer
 * on top, bound to a {@link MapWallModel}. Mouse drag pans (Gluon); the wheel zooms around the pointer by half a level
 * a notch ({@link WheelZoom}); a click without drag selects an area. Call
 * {@link #dispose()} when the view is closed: the model outlives it and must not keep it alive.
 */
public final class MapWallView extends StackPane {
    /** Gluon ignores a request equal to its last requested value even after the user moved the map: nudge first. */
    private static final double NUDGE = 1e-7;

    private final MapWallModel model;
    private final MapView mapView = new MapView();
    private final TileLayer tiles;
    private final AreaLayer layer;
    private final EventHandler<MouseEvent> clickHandler = this::select;
    private final Subscription subscriptions;
    /** A framing asked for before the view had a size; applied once it has one. */
    private Envelope pendingFrame;
    private boolean framedOnce;
    private boolean zoomFromMap;

    public MapWallView(MapWallModel model) {
        this.model = model;
        getStyleClass().add("map-wall");
        // shows where tiles are still loading or the base map is hidden: the base map's own background colour
        setBackground(new Background(new BackgroundFill(Color.web("#080c12"), null, null)));
        tiles = new TileLayer(model, mapView);
        layer = new AreaLayer(model, tiles);
        mapView.addLayer(tiles);
        getChildren().add(mapView);
        mapView.addEventHandler(MouseEvent.MOUSE_CLICKED, clickHandler);
        // replaces Gluon's own wheel handling (a tenth of a level per event, whatever the event says)
        mapView.setOnScroll(this::wheel);
        subscriptions = Subscription.combine(
                model.focusRequestProperty().subscribe((o, request) -> {
                    if (request != null) {
                        frame(request.area().getBoundary().getEnvelopeInternal());
                    }
                }),
                model.areasProperty().subscribe((o, areas) -> frameCityOnce(areas)),
                layer.activeZoom().subscribe(z -> {
                    zoomFromMap = true;
                    model.zoomProperty().set(z.doubleValue());
                    zoomFromMap = false;
                }),
                model.zoomProperty().subscribe((o, z) -> {
                    if (!zoomFromMap) {
                        zoomAroundCentre(z.doubleValue());
                    }
                }),
                mapView.widthProperty().subscribe((o, n) -> resized(o.doubleValue(), mapView.getHeight())),
                mapView.heightProperty().subscribe((o, n) -> resized(mapView.getWidth(), o.doubleValue())));
        frameCityOnce(model.areasProperty().get());
    }

    /**
     * Adds a feature's overlay (points, pins, drawings) above the boundaries. Overlays are Gluon {@code MapLayer}s:
     * place nodes or draw a canvas in {@code layoutLayer()}, call {@code markDirty()} to redraw on the next pulse.
     * One that is also a {@link MapPainter} draws on the map's own canvas instead, which is cheaper for a layer that
     * redraws at every move.
     */
    public void addOverlay(MapLayer overlay) {
        mapView.addLayer(overlay);
        if (overlay instanceof MapPainter painter) {
            tiles.addPainter(painter);
        }
    }

    public void removeOverlay(MapLayer overlay) {
        mapView.removeLayer(overlay);
        if (overlay instanceof MapPainter painter) {
            tiles.removePainter(painter);
        }
    }

    /** The longitude/latitude under a point of this view (for tools that pick places: measure, draw, report). */
    public double[] lonLatAt(double x, double y) {
        var p = mapView.getMapPosition(x, y);
        return new double[] {p.getLongitude(), p.getLatitude()};
    }

    /** The lon/lat at the middle of the view (to remember where the officer was looking). */
    public double[] centre() {
        return lonLatAt(mapView.getWidth() / 2, mapView.getHeight() / 2);
    }

    /** Centres the view on a place at a zoom (e.g. a search hit, or the view restored after a restart). */
    public void centreOn(double lon, double lat, double zoom) {
        framedOnce = true;
        pendingFrame = null;
        setZoom(zoom);
        setCenter(lat, lon);
    }

    /** Moves the view by a number of pixels (keyboard panning); positive x shows more of the east. */
    public void panBy(double dx, double dy) {
        double[] to = lonLatAt(mapView.getWidth() / 2 + dx, mapView.getHeight() / 2 + dy);
        setCenter(to[1], to[0]);
    }

    /** Draws the map again on the next pulse (what it shows changed outside the model's properties). */
    public void redraw() {
        tiles.redraw();
    }

    /** The model this view shows. */
    /**
     * True when the map's threads have nothing queued or running (tiles and outlines asked for have been handed to
     * the FX thread): a picture of the map taken after the FX thread's pending work shows what the map will show.
     */
    public boolean settled() {
        return tiles.workers().idle();
    }

    public MapWallModel model() {
        return model;
    }

    /** Frames the whole city again (Home). */
    public void frameCity() {
        framedOnce = false;
        frameCityOnce(model.areasProperty().get());
    }

    /** Releases every listener on the model; the view is unusable afterwards. */
    public void dispose() {
        subscriptions.unsubscribe();
        layer.dispose();
        tiles.dispose();
        mapView.removeEventHandler(MouseEvent.MOUSE_CLICKED, clickHandler);
        mapView.setOnScroll(null);
    }

    private void select(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress()) {
            return;
        }
        Viewport vp = layer.viewport();
        AreaLevel level = DrawnLevels.clickable(vp.zoom(), model.areaIndex().levels(),
                l -> model.levelVisibleProperty(l).get());
        if (level == null) {
            return;
        }
        Area hit = model.areaIndex().locate(vp.lon(e.getX()), vp.lat(e.getY()), level).orElse(null);
        model.selectedAreaProperty().set(hit);
        if (model.clickScopesProperty().get()) {
            model.scopeProperty().set(hit);
        }
    }

    private void wheel(ScrollEvent e) {
        double levels = WheelZoom.levels(e);
        if (levels != 0) {
            zoomAround(e.getX(), e.getY(), mapView.getZoom() + levels);
        }
        e.consume();
    }

    /**
     * Zooms keeping the place under (x, y) where it is, as map users expect of the wheel. The zoom stays within what
     * {@link Framing} allows.
     */
    void zoomAround(double x, double y, double zoom) {
        Viewport vp = layer.viewport();
        double z = Math.max(Framing.MIN_ZOOM, Math.min(Framing.MAX_ZOOM, zoom));
        if (vp.isEmpty()) {
            setZoom(z);
            return;
        }
        double worldX = (x - vp.translateX()) / vp.scale();
        double worldY = (y - vp.translateY()) / vp.scale();
        double scale = WebMercator.scale(z);
        double centreX = worldX + (vp.width() / 2 - x) / scale;
        double centreY = worldY + (vp.height() / 2 - y) / scale;
        setZoom(z);
        setCenter(WebMercator.lat(centreY), WebMercator.lon(centreX));
    }

    /** The first time areas arrive, show the whole city. */
    private void frameCityOnce(List<Area> areas) {
        if (framedOnce || areas.isEmpty()) {
            return;
        }
        Envelope all = new Envelope();
        areas.stream().filter(a -> a.getBoundary() != null)
                .forEach(a -> all.expandToInclude(a.getBoundary().getEnvelopeInternal()));
        if (!all.isNull()) {
            frame(all);
        }
    }

    private void frame(Envelope lonLat) {
        framedOnce = true;
        double w = mapView.getWidth();
        double h = mapView.getHeight();
        if (w <= 0 || h <= 0 || getScene() == null) {
            pendingFrame = lonLat;
            return;
        }
        pendingFrame = null;
        Framing f = Framing.fit(lonLat, w, h);
        setZoom(f.zoom());
        setCenter(f.centerLat(), f.centerLon());
    }

    /**
     * Keeps the geographic centre across a resize and applies a framing that waited for a size. Deferred to after
     * the current layout: Gluon learns its new size from listeners that run after ours.
     */
    private void resized(double oldWidth, double oldHeight) {
        Viewport before = layer.viewport();
        double lat = before.lat(oldHeight / 2);
        double lon = before.lon(oldWidth / 2);
        boolean keepCentre = oldWidth > 0 && oldHeight > 0;
        Platform.runLater(() -> {
            if (pendingFrame != null) {
                frame(pendingFrame);
            } else if (keepCentre) {
                setCenter(lat, lon);
            }
        });
    }

    private void zoomAroundCentre(double zoom) {
        Viewport vp = layer.viewport();
        if (vp.isEmpty()) {
            setZoom(zoom);
            return;
        }
        double lat = vp.lat(vp.height() / 2);
        double lon = vp.lon(vp.width() / 2);
        setZoom(zoom);
        setCenter(lat, lon);
    }

    private void setZoom(double zoom) {
        if (mapView.getZoom() == zoom) {
            mapView.setZoom(zoom + NUDGE);
        }
        mapView.setZoom(zoom);
    }

    private void setCenter(double lat, double lon) {
        // every request moves the base map twice (latitude, then longitude), and each move costs Gluon's tile
        // nodes a recomputation: nudge only when Gluon would otherwise ignore the request
        var asked = mapView.getCenter();
        if (asked.getLatitude() == lat || asked.getLongitude() == lon) {
            mapView.setCenter(lat + NUDGE, lon + NUDGE);
        }
        mapView.setCenter(lat, lon);
    }

    /** The base map layer, for tests and diagnostics. */
    TileLayer tileLayer() {
        return tiles;
    }

    /** The boundary layer, for tests and diagnostics. */
    AreaLayer areaLayer() {
        return layer;
    }

    MapView mapView() {
        return mapView;
    }
}
