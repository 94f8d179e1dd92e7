package org.gridcommand.ui.mapwall.tools;

import java.util.Locale;
import java.util.function.Consumer;
import javafx.event.EventHandler;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Cursor;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.StackPane;
import org.gridcommand.ui.common.Messages;
import org.gridcommand.ui.mapwall.MapWallView;

/**
 * Picks a place on the map for another feature (the duty officer's entry: "地图选点"): after {@link #pick}, a hint
 * says what to do, the next click without drag is taken (not passed on: it selects no area), located in the grids
 * and roads, marked with a pin and a callout naming its grid and address, and handed over. A drag still pans; Esc
 * gives up. The pin stays until {@link #clear()} (the entry was submitted or emptied) or the next pick.
 */
public final class PlacePicker {
    private final MapWallView view;
    private final Messages words;
    private final PlaceMarker marker = new PlaceMarker();
    private final Label hint = new Label();
    private final EventHandler<MouseEvent> click = this::clicked;
    private final EventHandler<KeyEvent> escape = this::key;
    private Consumer<Place> then;
    private Scene keyScene;

    public PlacePicker(MapWallView view, Messages messages) {
        this.view = view;
        this.words = messages.forFeature("org.gridcommand.ui.mapwall.tools.messages");
        hint.setId("place-hint");
        hint.getStyleClass().add("map-hint");
        hint.getStylesheets().add(PlacePicker.class.getResource("tools.css").toExternalForm());
        hint.setText(words.get("place.hint"));
        hint.setMouseTransparent(true);
        StackPane.setAlignment(hint, Pos.TOP_CENTER);
        StackPane.setMargin(hint, new Insets(48, 10, 10, 10));
        view.addOverlay(marker);
    }

    /** Waits for a click on the map; {@code picked} gets the located place. A second call replaces the first. */
    public void pick(Consumer<Place> picked) {
        then = picked;
        if (!view.getChildren().contains(hint)) {
            view.getChildren().add(hint);
            view.addEventFilter(MouseEvent.MOUSE_CLICKED, click);
            keyScene = view.getScene();
            if (keyScene != null) {
                keyScene.addEventFilter(KeyEvent.KEY_PRESSED, escape);
            }
            view.setCursor(Cursor.CROSSHAIR);
        }
    }

    /** Stops waiting for a click (the marker stays). */
    public void disarm() {
        then = null;
        view.getChildren().remove(hint);
        view.removeEventFilter(MouseEvent.MOUSE_CLICKED, click);
        if (keyScene != null) {
            keyScene.removeEventFilter(KeyEvent.KEY_PRESSED, escape);
            keyScene = null;
        }
        view.setCursor(null);
    }

    /** Takes the pin off the map. */
    public void clear() {
        marker.show(null, "", "");
    }

    /** Whether the picker waits for a click. */
    public boolean isArmed() {
        return then != null;
    }

    /** The first line of the callout: the grid, with its code ("红城社区05网格（S1C2G5）"), or that there is none. */
    public String gridLine(Place p) {
        return p.grid() == null ? words.get("place.noGrid") : words.get("place.grid", p.grid().getName(),
                p.grid().getCode());
    }

    /**
     * The place in words, as an address line: street, community and the nearest road ("湖滨街道 红城社区 明湖环路附近";
     * in English "near 明湖环路, 红城社区, 湖滨街道"), or its coordinates where the map knows nothing around it.
     */
    public String address(Place p) {
        String street = p.street() == null ? "" : p.street().getName();
        String community = p.community() == null ? "" : p.community().getName();
        if (street.isEmpty() && community.isEmpty() && p.road() == null) {
            return words.get("place.coordinates", String.format(Locale.ROOT, "%.5f", p.lon()),
                    String.format(Locale.ROOT, "%.5f", p.lat()));
        }
        String area = street.isEmpty() || community.isEmpty() ? street + community
                : words.get("place.area", street, community);
        if (p.road() == null) {
            return area;
        }
        return area.isEmpty() ? words.get("place.nearRoadOnly", p.road()) : words.get("place.nearRoad", area, p.road());
    }

    /** Shows the pin and the callout for {@code p}. */
    public void show(Place p) {
        marker.show(p.lonLat(), gridLine(p), address(p));
    }

    private void clicked(MouseEvent e) {
        if (e.getButton() != MouseButton.PRIMARY || !e.isStillSincePress() || then == null) {
            return;
        }
        e.consume();
        double[] lonLat = view.lonLatAt(e.getX(), e.getY());
        Place place = Place.at(view.model(), lonLat[0], lonLat[1]);
        Consumer<Place> picked = then;
        disarm();
        show(place);
        picked.accept(place);
    }

    private void key(KeyEvent e) {
        if (e.getCode() == KeyCode.ESCAPE) {
            disarm();
            e.consume();
        }
    }

    public void dispose() {
        disarm();
        view.removeOverlay(marker);
    }
}
