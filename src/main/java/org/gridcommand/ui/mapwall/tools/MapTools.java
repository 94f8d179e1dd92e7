package org.gridcommand.ui.mapwall.tools;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.geo.Wgs84;
import org.gridcommand.ui.mapwall.MapWallModel;
import org.locationtech.jts.geom.Geometry;

/**
 * View-model of the map tools: which tool is on, the places clicked so far, the measured length, and what a drawn
 * circle or polygon selected. Puts a finished shape on {@link MapWallModel#drawnShapeProperty()}. FX thread only;
 * knows places, not pixels.
 */
public final class MapTools {
    private final MapWallModel map;
    private final ObjectProperty<MapTool> tool = new SimpleObjectProperty<>(this, "tool", MapTool.BROWSE);
    private final List<double[]> points = new ArrayList<>();
    private double[] hover;
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished");
    private final ReadOnlyDoubleWrapper lengthMeters = new ReadOnlyDoubleWrapper(this, "lengthMeters");
    private final ReadOnlyObjectWrapper<Selection> selection = new ReadOnlyObjectWrapper<>(this, "selection");
    /** Bumped on every change the overlay must redraw. */
    private final LongProperty changes = new SimpleLongProperty(this, "changes");
    private final List<SelectableLayer> selectables = new ArrayList<>();
    private double[] marker;

    public MapTools(MapWallModel map) {
        this.map = map;
        tool.addListener((o, old, now) -> clear());
    }

    /** The tool in use; choosing another starts afresh. */
    public ObjectProperty<MapTool> toolProperty() {
        return tool;
    }

    /** Lets a drawn shape select this layer's points too. */
    public void addSelectable(SelectableLayer layer) {
        selectables.add(layer);
    }

    public void removeSelectable(SelectableLayer layer) {
        selectables.remove(layer);
    }

    /**
     * A click at a place with the current tool; {@code twice} for a double click, which ends a path or a polygon.
     * Returns false when the tool does not take clicks (browsing), so the map handles the click itself.
     */
    public boolean click(double lon, double lat, boolean twice) {
        MapTool t = tool.get();
        if (t == MapTool.BROWSE) {
            return false;
        }
        if (t == MapTool.BOX) {
            return true; // the box is drawn by dragging: a click alone neither selects an area nor draws
        }
        if (finished.get()) {
            if (twice) {
                return true; // the second click of the double click that finished it
            }
            clear();
        }
        double[] p = {lon, lat};
        switch (t) {
            case DISTANCE -> {
                if (!twice || points.isEmpty()) {
                    points.add(p);
                }
                if (twice && points.size() >= 2) {
                    finished.set(true);
                }
            }
            case CIRCLE -> {
                points.add(p);
                if (points.size() == 2) {
                    finishShape(Measure.circle(points.get(0), radiusTo(p)));
                }
            }
            case POLYGON -> {
                if (!twice) {
                    points.add(p);
                }
                if (twice && points.size() >= 3) {
                    finishShape(Measure.polygon(points));
                }
            }
            default -> { }
        }
        measure();
        return true;
    }

    /** The mouse is over a place: previews the next segment, the circle's radius or the polygon's next corner. */
    public void hover(double lon, double lat) {
        if (tool.get() == MapTool.BROWSE || finished.get() || points.isEmpty()) {
            return;
        }
        hover = new double[] {lon, lat};
        measure();
    }

    /**
     * The box tool: the mouse went down at a place (starts a new box) — then {@link #dragTo} while it moves and
     * {@link #release} where it comes up. Returns false when the box tool is not on.
     */
    public boolean press(double lon, double lat) {
        if (tool.get() != MapTool.BOX) {
            return false;
        }
        clear();
        points.add(new double[] {lon, lat});
        return true;
    }

    /** The box follows the mouse while it is dragged: drawn at once, so the officer sees what it will take. */
    public void dragTo(double lon, double lat) {
        if (tool.get() == MapTool.BOX && points.size() == 1 && !finished.get()) {
            hover = new double[] {lon, lat};
            changes.set(changes.get() + 1);
        }
    }

    /** The mouse came up: a box with some size selects what is inside; a click without a drag draws nothing. */
    public void release(double lon, double lat) {
        if (tool.get() != MapTool.BOX || points.size() != 1 || finished.get()) {
            return;
        }
        double[] a = points.get(0);
        if (a[0] == lon || a[1] == lat) {
            clear();
            return;
        }
        points.add(new double[] {lon, lat});
        finishShape(Measure.box(a, points.get(1)));
        changes.set(changes.get() + 1);
    }

    /** Ends a path or closes a polygon (Enter, right click); a circle needs its second click. */
    public void finish() {
        if (tool.get() == MapTool.DISTANCE && points.size() >= 2) {
            finished.set(true);
            hover = null;
            measure();
        } else if (tool.get() == MapTool.POLYGON && points.size() >= 3) {
            finishShape(Measure.polygon(points));
            measure();
        }
    }

    /** Esc: drops whatever was drawn and goes back to browsing. */
    public void cancel() {
        clear();
        tool.set(MapTool.BROWSE);
    }

    /** Marks a place (a search hit) until the next drawing or cancel. */
    public void mark(double lon, double lat) {
        marker = new double[] {lon, lat};
        changes.set(changes.get() + 1);
    }

    /** Length of the path so far in metres (with the segment to the mouse while drawing), or a circle's radius. */
    public ReadOnlyDoubleProperty lengthMetersProperty() {
        return lengthMeters.getReadOnlyProperty();
    }

    /** What the last finished circle or polygon selected; null before that. */
    public ReadOnlyObjectProperty<Selection> selectionProperty() {
        return selection.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    /** Places clicked so far, {lon, lat}. */
    public List<double[]> points() {
        return List.copyOf(points);
    }

    /** The mouse's place while drawing, or null. */
    public double[] hoverPoint() {
        return hover;
    }

    public double[] marker() {
        return marker;
    }

    /** The shape drawn so far as the overlay shows it (a finished one is on the map model). */
    public Geometry shapeInProgress() {
        if (finished.get()) {
            return map.drawnShapeProperty().get();
        }
        if (tool.get() == MapTool.CIRCLE && points.size() == 1 && hover != null) {
            return Measure.circle(points.get(0), radiusTo(hover));
        }
        if (tool.get() == MapTool.BOX && points.size() == 1 && hover != null) {
            return Measure.box(points.get(0), hover);
        }
        return null;
    }

    LongProperty changesProperty() {
        return changes;
    }

    private void finishShape(Geometry shape) {
        finished.set(true);
        hover = null;
        map.drawnShapeProperty().set(shape);
        AreaLevel level = map.drawnLevel();
        List<Selection.Found> inside = new ArrayList<>();
        for (SelectableLayer layer : selectables) {
            inside.add(new Selection.Found(layer, layer.within(shape)));
        }
        selection.set(new Selection(level, map.areaIndex().within(shape, level), inside, Measure.areaM2(shape)));
    }

    private double radiusTo(double[] p) {
        double[] c = points.get(0);
        return Wgs84.distanceMeters(c[0], c[1], p[0], p[1]);
    }

    private void measure() {
        List<double[]> path = new ArrayList<>(points);
        if (!finished.get() && hover != null) {
            path.add(hover);
        }
        lengthMeters.set(tool.get() == MapTool.CIRCLE && path.size() >= 2 ? radiusTo(path.get(1))
                : Measure.pathMeters(path));
        changes.set(changes.get() + 1);
    }

    private void clear() {
        points.clear();
        hover = null;
        marker = null;
        finished.set(false);
        lengthMeters.set(0);
        selection.set(null);
        map.drawnShapeProperty().set(null);
        changes.set(changes.get() + 1);
    }
}
