package org.gridcommand.ui.mapwall;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;

/** PLACEHOLDER until the map branch lands (same API). */
public final class MapWallModel {
    private final ObjectProperty<Area> selected = new SimpleObjectProperty<>();
    private final Map<AreaLevel, BooleanProperty> levels = new EnumMap<>(AreaLevel.class);
    private final BooleanProperty baseMap = new SimpleBooleanProperty(true);
    private final DoubleProperty zoom = new SimpleDoubleProperty(12);

    public MapWallModel() {
        for (AreaLevel l : AreaLevel.values()) {
            levels.put(l, new SimpleBooleanProperty(true));
        }
    }

    public void setAreas(List<Area> areas) { }
    public ObjectProperty<Area> selectedAreaProperty() { return selected; }
    public void focus(Area area) { }
    public BooleanProperty levelVisibleProperty(AreaLevel level) { return levels.get(level); }
    public BooleanProperty baseMapVisibleProperty() { return baseMap; }
    public DoubleProperty zoomProperty() { return zoom; }
}
