package org.gridcommand.ui.shell;

import javafx.scene.control.CheckBox;
import javafx.scene.layout.VBox;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.ui.common.Messages;
import org.gridcommand.ui.mapwall.MapWallModel;

/** Switches for the map wall's layers; each box is bound to the map model, nothing else. */
final class LayerPanel extends VBox {
    private final MapWallModel map;
    private final CheckBox baseMap;
    private final CheckBox[] levels = new CheckBox[AreaLevel.values().length];

    LayerPanel(MapWallModel map, Messages messages) {
        this.map = map;
        getStyleClass().add("layer-panel");
        setSpacing(4);
        baseMap = new CheckBox(messages.get("layer.basemap"));
        baseMap.setId("layer-basemap");
        baseMap.selectedProperty().bindBidirectional(map.baseMapVisibleProperty());
        getChildren().add(baseMap);
        for (AreaLevel level : AreaLevel.values()) {
            if (level == AreaLevel.DISTRICT) {
                continue;
            }
            CheckBox box = new CheckBox(messages.get("level." + level));
            box.setId("layer-" + level.name().toLowerCase());
            box.selectedProperty().bindBidirectional(map.levelVisibleProperty(level));
            levels[level.ordinal()] = box;
            getChildren().add(box);
        }
    }

    void dispose() {
        baseMap.selectedProperty().unbindBidirectional(map.baseMapVisibleProperty());
        for (AreaLevel level : AreaLevel.values()) {
            CheckBox box = levels[level.ordinal()];
            if (box != null) {
                box.selectedProperty().unbindBidirectional(map.levelVisibleProperty(level));
            }
        }
    }
}
