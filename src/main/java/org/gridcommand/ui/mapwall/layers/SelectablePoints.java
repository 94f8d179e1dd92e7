package org.gridcommand.ui.mapwall.layers;

import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.gridcommand.geo.index.GeoQueries;
import org.gridcommand.service.event.EventWords;
import org.gridcommand.service.map.MapPoints;
import org.gridcommand.service.map.MapPoints.CameraPoint;
import org.gridcommand.service.map.MapPoints.EventPin;
import org.gridcommand.service.map.MapPoints.ExpertPoint;
import org.gridcommand.service.map.MapPoints.SensorPoint;
import org.gridcommand.service.map.MapPoints.StationPoint;
import org.gridcommand.service.map.MapPoints.TeamPoint;
import org.gridcommand.service.map.MapPoints.WarehousePoint;
import org.gridcommand.ui.common.Messages;
import org.gridcommand.ui.mapwall.tools.SelectableLayer;
import org.locationtech.jts.geom.Geometry;

/**
 * One kind of the map's points as the selection tools see it: what of it lies inside a drawn shape, one line per
 * point in the officer's language, and a choice that selects the point (its details open, an event opens in the
 * queue). Reads the points loaded last, so a box lists what the map shows.
 */
final class SelectablePoints<T> implements SelectableLayer {
    private final String name;
    private final PointLayersModel model;
    private final Function<MapPoints, List<T>> items;
    private final ToDoubleFunction<T> lon;
    private final ToDoubleFunction<T> lat;
    private final Function<T, String> line;

    private SelectablePoints(String name, PointLayersModel model, Function<MapPoints, List<T>> items,
            ToDoubleFunction<T> lon, ToDoubleFunction<T> lat, Function<T, String> line) {
        this.name = name;
        this.model = model;
        this.items = items;
        this.lon = lon;
        this.lat = lat;
        this.line = line;
    }

    /** Events first, then people, resources and devices: what an officer drawing a box usually wants first. */
    static List<SelectableLayer> all(PointLayersModel model, Messages m) {
        boolean english = "en".equals(m.locale().getLanguage());
        EventWords words = new EventWords(m.locale());
        return List.of(
                new SelectablePoints<>(m.get("select.events"), model, MapPoints::events, EventPin::lon, EventPin::lat,
                        e -> e.number() + "  " + words.title(e.title(), e.wording()) + " · "
                                + (english ? e.state().english() : e.state().chinese())),
                new SelectablePoints<>(m.get("select.teams"), model, MapPoints::teams, TeamPoint::lon, TeamPoint::lat,
                        t -> m.get("select.team", t.name(), t.headcount(), m.get("team." + t.status()),
                                t.leader() == null ? "" : t.leader())),
                new SelectablePoints<>(m.get("select.experts"), model, MapPoints::experts, ExpertPoint::lon,
                        ExpertPoint::lat, x -> x.name() + " · " + x.field()),
                new SelectablePoints<>(m.get("select.warehouses"), model, MapPoints::warehouses, WarehousePoint::lon,
                        WarehousePoint::lat, w -> w.name() + " · " + w.keeper()),
                new SelectablePoints<>(m.get("select.stations"), model, MapPoints::stations, StationPoint::lon,
                        StationPoint::lat, s -> s.name() + " · " + m.get("station." + s.kind())),
                new SelectablePoints<>(m.get("select.cameras"), model, MapPoints::cameras, CameraPoint::lon,
                        CameraPoint::lat, c -> c.code() + "  " + c.name() + " · "
                                + m.get(c.online() ? "camera.online" : "camera.offline")),
                new SelectablePoints<>(m.get("select.sensors"), model, MapPoints::sensors, SensorPoint::lon,
                        SensorPoint::lat, s -> s.code() + "  " + m.get("sensor." + s.kind()) + " · "
                                + m.get("sensor." + s.state())));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public List<?> within(Geometry shape) {
        return GeoQueries.of(items.apply(model.pointsProperty().get()), lon, lat).within(shape);
    }

    @Override
    @SuppressWarnings("unchecked")
    public String describe(Object item) {
        return line.apply((T) item);
    }

    @Override
    public void choose(Object item) {
        model.selectedProperty().set(item);
    }
}
