package org.gridcommand.ui.mapwall.layers;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.domain.device.SensorState;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.TimeLimit;
import org.gridcommand.domain.event.TimeLimitStatus;
import org.gridcommand.service.map.MapPoints;
import org.gridcommand.service.map.MapPoints.CameraPoint;
import org.gridcommand.service.map.MapPoints.EventPin;
import org.gridcommand.service.map.MapPoints.ExpertPoint;
import org.gridcommand.service.map.MapPoints.SensorPoint;
import org.gridcommand.service.map.MapPoints.StationPoint;
import org.gridcommand.service.map.MapPoints.TeamPoint;
import org.gridcommand.service.map.MapPoints.WarehousePoint;
import org.gridcommand.ui.common.BackgroundTasks;

/**
 * View-model of the map wall's point layers: the points (projected once per load), which layers show, the heat
 * map's time window, the choropleth measure, the selected point, and which new events the officer has already
 * looked at. All calls on the FX thread; loading goes through {@link BackgroundTasks}.
 */
public final class PointLayersModel {
    /** What colours the areas of the drawn level. */
    public enum ChoroplethMeasure { OPEN, OVERDUE }

    private final Clock clock;
    private final BackgroundTasks tasks;
    private final Map<PointLayerKind, BooleanProperty> visible = new EnumMap<>(PointLayerKind.class);
    private final ObjectProperty<HeatWindow> heatWindow = new SimpleObjectProperty<>(this, "heatWindow",
            HeatWindow.WEEK);
    private final ObjectProperty<ChoroplethMeasure> measure = new SimpleObjectProperty<>(this, "measure",
            ChoroplethMeasure.OPEN);
    private final ObjectProperty<Object> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyObjectWrapper<MapPoints> points = new ReadOnlyObjectWrapper<>(this, "points",
            MapPoints.empty());
    private final ReadOnlyLongWrapper contentVersion = new ReadOnlyLongWrapper(this, "contentVersion");
    private final StringProperty problem = new SimpleStringProperty(this, "problem", "");
    private final Set<Long> acknowledged = new HashSet<>();
    private Projection projection = Projection.of(MapPoints.empty(), Instant.EPOCH);

    public PointLayersModel(Clock clock, BackgroundTasks tasks) {
        this.clock = clock;
        this.tasks = tasks;
        for (PointLayerKind kind : PointLayerKind.values()) {
            // resources matter in an emergency; on a normal watch they would crowd the events
            boolean on = kind == PointLayerKind.CAMERAS || kind == PointLayerKind.SENSORS
                    || kind == PointLayerKind.EVENTS;
            BooleanProperty p = new SimpleBooleanProperty(this, "visible" + kind, on);
            p.subscribe(this::changed);
            visible.put(kind, p);
        }
        heatWindow.subscribe(this::changed);
        measure.subscribe(this::changed);
        selected.subscribe((o, n) -> {
            if (n instanceof EventPin pin) {
                acknowledged.add(pin.id());
            }
            changed();
        });
    }

    /** Loads the points in the background ({@code source} is e.g. {@code backend.mapPoints()::load}). */
    public void load(Callable<MapPoints> source) {
        tasks.run(source, this::setPoints, e -> problem.set(String.valueOf(e.getMessage())));
    }

    /** Replaces the points; a selected point stays selected if the new set still has it (by kind and id). */
    public void setPoints(MapPoints newPoints) {
        projection = Projection.of(newPoints, clock.instant());
        points.set(newPoints);
        Object sel = selected.get();
        if (sel != null) {
            selected.set(PointKey.find(newPoints, sel));
        }
        problem.set("");
        changed();
    }

    /** Re-reads countdowns against the clock (called periodically: badges turn yellow and red as time passes). */
    public void refreshCountdowns() {
        projection = Projection.of(points.get(), clock.instant());
        changed();
    }

    public BooleanProperty visibleProperty(PointLayerKind kind) {
        return visible.get(kind);
    }

    public boolean isVisible(PointLayerKind kind) {
        return visible.get(kind).get();
    }

    public ObjectProperty<HeatWindow> heatWindowProperty() {
        return heatWindow;
    }

    public ObjectProperty<ChoroplethMeasure> choroplethMeasureProperty() {
        return measure;
    }

    /** The selected point: one of the {@link MapPoints} records, or null. */
    public ObjectProperty<Object> selectedProperty() {
        return selected;
    }

    public ReadOnlyObjectProperty<MapPoints> pointsProperty() {
        return points.getReadOnlyProperty();
    }

    /** Bumped on every change of what the layers draw; the layer redraws when it changes. */
    public ReadOnlyLongProperty contentVersionProperty() {
        return contentVersion.getReadOnlyProperty();
    }

    /** Why the last load failed, or empty. */
    public StringProperty problemProperty() {
        return problem;
    }

    public Clock clock() {
        return clock;
    }

    /** The background seam, for the layers' own heavy work (the heat map's surface). */
    BackgroundTasks tasks() {
        return tasks;
    }

    /** A new event pulses on the map until someone looks at it (selects it). */
    boolean pulses(EventPin pin) {
        return pin.state() == EventState.REPORTED && !acknowledged.contains(pin.id());
    }

    Projection projection() {
        return projection;
    }

    private void changed() {
        contentVersion.set(contentVersion.get() + 1);
    }

    /**
     * The points in world coordinates with their ranks, and the open / overdue event counts per area id (for the
     * choropleth), computed once per load or countdown refresh.
     */
    record Projection(ProjectedPoints<CameraPoint> cameras, ProjectedPoints<SensorPoint> sensors,
                      ProjectedPoints<EventPin> events, ProjectedPoints<WarehousePoint> warehouses,
                      ProjectedPoints<TeamPoint> teams, ProjectedPoints<ExpertPoint> experts,
                      ProjectedPoints<StationPoint> stations, Map<Long, int[]> countsByArea, Instant at) {

        static Projection of(MapPoints p, Instant now) {
            Map<Long, int[]> counts = new HashMap<>();
            for (EventPin e : p.events()) {
                boolean overdue = e.handlingDueAt() != null && e.handlingDueAt().isBefore(now);
                for (Long area : new Long[] {e.microGridId(), e.gridId(), e.communityId(), e.streetId()}) {
                    if (area != null) {
                        int[] c = counts.computeIfAbsent(area, k -> new int[2]);
                        c[0]++;
                        c[1] += overdue ? 1 : 0;
                    }
                }
            }
            return new Projection(
                    new ProjectedPoints<>(p.cameras(), CameraPoint::lon, CameraPoint::lat, c -> c.online() ? 0 : 1),
                    new ProjectedPoints<>(p.sensors(), SensorPoint::lon, SensorPoint::lat, s -> sensorRank(s.state())),
                    new ProjectedPoints<>(p.events(), EventPin::lon, EventPin::lat, e -> eventRank(e, now)),
                    new ProjectedPoints<>(p.warehouses(), WarehousePoint::lon, WarehousePoint::lat, w -> 0),
                    new ProjectedPoints<>(p.teams(), TeamPoint::lon, TeamPoint::lat, t -> 0),
                    new ProjectedPoints<>(p.experts(), ExpertPoint::lon, ExpertPoint::lat, x -> 0),
                    new ProjectedPoints<>(p.stations(), StationPoint::lon, StationPoint::lat, s -> 0),
                    counts, now);
        }

        /** Count of open (measure OPEN) or overdue events in an area, or 0. */
        int count(long areaId, ChoroplethMeasure m) {
            int[] c = countsByArea.get(areaId);
            return c == null ? 0 : c[m == ChoroplethMeasure.OPEN ? 0 : 1];
        }
    }

    static int sensorRank(SensorState s) {
        return switch (s) {
            case ALARM -> 2;
            case WARNING -> 1;
            default -> 0;
        };
    }

    /** 0 fine, 1 near its limit, 2 overdue: what colours an event's countdown and its cluster. */
    static int eventRank(EventPin e, Instant now) {
        TimeLimitStatus s = countdown(e, now) == null ? TimeLimitStatus.NORMAL : countdown(e, now).status();
        return s.ordinal();
    }

    static TimeLimit.Countdown countdown(EventPin e, Instant now) {
        if (e.handlingDueAt() == null || !e.state().isOpen()) {
            return null;
        }
        return new TimeLimit(e.limitStartedAt(), e.handlingDueAt()).at(now);
    }

    /** The levels the choropleth can colour (districts are one area: nothing to compare). */
    static boolean colourable(AreaLevel level) {
        return level != AreaLevel.DISTRICT;
    }
}
