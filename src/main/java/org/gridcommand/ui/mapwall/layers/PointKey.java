package org.gridcommand.ui.mapwall.layers;

import java.util.List;
import java.util.function.Predicate;
import org.gridcommand.service.map.MapPoints.CameraPoint;
import org.gridcommand.service.map.MapPoints.EventPin;
import org.gridcommand.service.map.MapPoints.ExpertPoint;
import org.gridcommand.service.map.MapPoints.SensorPoint;
import org.gridcommand.service.map.MapPoints.StationPoint;
import org.gridcommand.service.map.MapPoints.TeamPoint;
import org.gridcommand.service.map.MapPoints.WarehousePoint;
import org.gridcommand.service.map.MapPoints;

/** Finds the same point (same kind, same id) in a reloaded set, so a selection survives a refresh. */
final class PointKey {
    private PointKey() {
    }

    static Object find(MapPoints p, Object old) {
        if (old instanceof CameraPoint c) {
            return first(p.cameras(), x -> x.id() == c.id());
        } else if (old instanceof SensorPoint s) {
            return first(p.sensors(), x -> x.id() == s.id());
        } else if (old instanceof EventPin e) {
            return first(p.events(), x -> x.id() == e.id());
        } else if (old instanceof WarehousePoint w) {
            return first(p.warehouses(), x -> x.id() == w.id());
        } else if (old instanceof TeamPoint t) {
            return first(p.teams(), x -> x.id() == t.id());
        } else if (old instanceof ExpertPoint x0) {
            return first(p.experts(), x -> x.id() == x0.id());
        } else if (old instanceof StationPoint s) {
            return first(p.stations(), x -> x.id() == s.id());
        }
        return null;
    }

    private static <T> T first(List<T> items, Predicate<T> same) {
        return items.stream().filter(same).findFirst().orElse(null);
    }
}
