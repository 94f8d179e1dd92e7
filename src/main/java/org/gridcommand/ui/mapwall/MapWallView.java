package org.gridcommand.ui.mapwall;

import javafx.scene.layout.StackPane;

/** PLACEHOLDER until the map branch lands (same API). */
public final class MapWallView extends StackPane {
    public MapWallView(MapWallModel model) {
        getStyleClass().add("map-wall");
    }

    public void dispose() { }
}
