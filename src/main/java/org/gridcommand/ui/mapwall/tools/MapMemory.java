package org.gridcommand.ui.mapwall.tools;

import java.util.LinkedHashMap;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.service.settings.MapState;
import org.gridcommand.ui.mapwall.MapWallModel;
import org.gridcommand.ui.mapwall.MapWallView;

/**
 * Reads the map's state (centre, zoom, which layers are on) for the settings file, and puts a remembered state
 * back. Layers of other features join with {@link #track}: their switch is remembered by name.
 */
public final class MapMemory {
    private final MapWallModel model;
    private final MapWallView view;
    private final Map<String, BooleanProperty> layers = new LinkedHashMap<>();

    public MapMemory(MapWallModel model, MapWallView view) {
        this.model = model;
        this.view = view;
        layers.put("basemap", model.baseMapVisibleProperty());
        for (AreaLevel level : AreaLevel.values()) {
            layers.put(level.name(), model.levelVisibleProperty(level));
        }
    }

    /** Remembers another layer's switch under {@code name} (e.g. "cameras"). */
    public void track(String name, BooleanProperty visible) {
        layers.put(name, visible);
    }

    /** The map now; {@code baseMapFile} is carried through unchanged. */
    public MapState capture(String baseMapFile) {
        double[] centre = view.centre();
        Map<String, Boolean> on = new LinkedHashMap<>();
        layers.forEach((name, p) -> on.put(name, p.get()));
        return new MapState(centre[0], centre[1], model.zoomProperty().get(), on, baseMapFile);
    }

    /** Switches the layers as remembered (unknown names are ignored) and shows the remembered place. */
    public void restore(MapState state) {
        state.layers().forEach((name, on) -> {
            BooleanProperty p = layers.get(name);
            if (p != null) {
                p.set(on);
            }
        });
        view.centreOn(state.centreLon(), state.centreLat(), state.zoom());
    }
}
