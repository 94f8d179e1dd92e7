package org.gridcommand.ui.mapwall;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.geo.index.AreaIndex;
import org.gridcommand.geo.index.NamedLines;
import org.gridcommand.geo.tiles.TileSource;
import org.locationtech.jts.geom.Geometry;

/**
 * View-model of the map wall: the administrative areas, the selected one, which levels and whether the base map are
 * shown, and the zoom. Plain JavaFX properties, no database. All calls on the FX thread.
 */
public final class MapWallModel {
    private final ReadOnlyObjectWrapper<List<Area>> areas = new ReadOnlyObjectWrapper<>(this, "areas", List.of());
    private AreaIndex areaIndex = new AreaIndex(List.of());
    private NamedLines roads = NamedLines.none();
    private List<PlaceName> placeNames = List.of();
    private final ObjectProperty<Area> selectedArea = new SimpleObjectProperty<>(this, "selectedArea");
    private final ObjectProperty<Area> scope = new SimpleObjectProperty<>(this, "scope");
    private final BooleanProperty clickScopes = new SimpleBooleanProperty(this, "clickScopes", true);
    private final Map<AreaLevel, BooleanProperty> levelVisible = new EnumMap<>(AreaLevel.class);
    private final BooleanProperty baseMapVisible = new SimpleBooleanProperty(this, "baseMapVisible", true);
    private final ObjectProperty<TileSource> tileSource = new SimpleObjectProperty<>(this, "tileSource");
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 12);
    private final ObjectProperty<Geometry> drawnShape =
            new SimpleObjectProperty<>(this, "drawnShape");
    private final ReadOnlyObjectWrapper<FocusRequest> focusRequest = new ReadOnlyObjectWrapper<>(this, "focus");
    private long focusCount;

    public MapWallModel() {
        for (AreaLevel level : AreaLevel.values()) {
            levelVisible.put(level, new SimpleBooleanProperty(this, "visible" + level, true));
        }
    }

    /**
     * Replaces the areas of every level at once (the whole city, ~8,600 polygons) and indexes them. A selected area
     * stays selected when the new list has an area with its id (a reload gives new instances).
     */
    public void setAreas(List<Area> newAreas) {
        List<Area> copy = List.copyOf(newAreas);
        areaIndex = new AreaIndex(copy);
        selectedArea.set(sameIn(copy, selectedArea.get()));
        scope.set(sameIn(copy, scope.get()));
        areas.set(copy);
    }

    private static Area sameIn(List<Area> areas, Area old) {
        return old == null ? null
                : areas.stream().filter(a -> Objects.equals(a.getId(), old.getId())).findFirst().orElse(null);
    }

    /** The current areas (immutable). */
    public ReadOnlyObjectProperty<List<Area>> areasProperty() {
        return areas.getReadOnlyProperty();
    }

    /** The spatial index of the current areas, e.g. to find the grid under a point. */
    public AreaIndex areaIndex() {
        return areaIndex;
    }

    /** The named roads, to say where a place is in words (none until read). */
    public NamedLines roads() {
        return roads;
    }

    /** Replaces the named roads (read in the background at start). */
    public void setRoads(NamedLines lines) {
        roads = Objects.requireNonNull(lines, "lines");
    }

    /** The names the built-in base map writes into its tiles, which the area names keep clear of. */
    public List<PlaceName> placeNames() {
        return placeNames;
    }

    /** Replaces the base map's names (read in the background at start). */
    public void setPlaceNames(List<PlaceName> names) {
        placeNames = List.copyOf(names);
    }

    /**
     * The selected area. A click on the map selects the area under the cursor at the level drawn at that zoom (or
     * clears the selection outside every area); setting it from elsewhere highlights it on the map.
     */
    public ObjectProperty<Area> selectedAreaProperty() {
        return selectedArea;
    }

    /**
     * The area the officer limited the event lists to (null: the whole city). Set on purpose — a search for an area,
     * a choice in the area tree, a click on the map while {@link #clickScopesProperty()} holds — and shown on the
     * map with a way to clear it. Unlike the selection, which follows every click, it never changes silently.
     */
    public ObjectProperty<Area> scopeProperty() {
        return scope;
    }

    /**
     * Whether a click on the map that selects an area also scopes the event lists to it. The console turns it on
     * while the officer works the event queue and off on other panels (a click there picks a place for that panel,
     * e.g. where resources are measured from). On by default.
     */
    public BooleanProperty clickScopesProperty() {
        return clickScopes;
    }

    /** Flies the map so that {@code area} fills the view (once the view has a size, if it has none yet). */
    public void focus(Area area) {
        Objects.requireNonNull(area, "area");
        if (area.getBoundary() == null || area.getBoundary().isEmpty()) {
            return;
        }
        focusRequest.set(new FocusRequest(area, ++focusCount));
    }

    /** The level whose boundaries the map draws at {@code zoom} among the levels this city has. */
    public AreaLevel drawnLevel(double zoom) {
        return DrawnLevels.at(zoom, areaIndex.levels());
    }

    /** Whether boundaries of {@code level} are drawn and clickable. All levels are visible at first. */
    public BooleanProperty levelVisibleProperty(AreaLevel level) {
        return levelVisible.get(level);
    }

    /**
     * Where the base map's tiles come from (the demo city's renderer behind its disk cache, or a user's MBTiles
     * file); setting another one switches the base map at once. Null shows the dark background only.
     */
    public ObjectProperty<TileSource> tileSourceProperty() {
        return tileSource;
    }

    /** Whether the raster base map under the boundaries is shown. */
    public BooleanProperty baseMapVisibleProperty() {
        return baseMapVisible;
    }

    /**
     * The zoom shown (Web Mercator level, fractional). Follows the mouse wheel; setting it zooms around the centre
     * of the view.
     */
    public DoubleProperty zoomProperty() {
        return zoom;
    }

    /**
     * The circle or polygon the officer drew with the map tools, as a WGS84 lon/lat polygon (null when none): what
     * plan activation takes as the affected area.
     */
    public ObjectProperty<Geometry> drawnShapeProperty() {
        return drawnShape;
    }

    /** The administrative level the map draws (and a click selects) at the current zoom, among the city's levels. */
    public AreaLevel drawnLevel() {
        return DrawnLevels.at(zoom.get(), areaIndex.levels());
    }

    /** The latest focus request, for the view; a serial makes a repeated focus on the same area a new value. */
    ReadOnlyObjectProperty<FocusRequest> focusRequestProperty() {
        return focusRequest.getReadOnlyProperty();
    }

    record FocusRequest(Area area, long serial) {
    }
}
