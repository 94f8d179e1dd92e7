package org.gridcommand.ui.mapwall.layers;

import org.gridcommand.service.map.MapPoints.CameraPoint;
import org.gridcommand.service.map.MapPoints.EventPin;
import org.gridcommand.service.map.MapPoints.ExpertPoint;
import org.gridcommand.service.map.MapPoints.SensorPoint;
import org.gridcommand.service.map.MapPoints.StationPoint;
import org.gridcommand.service.map.MapPoints.TeamPoint;
import org.gridcommand.service.map.MapPoints.WarehousePoint;

/** Where a selected point's symbol is: lon, lat and how far its centre sits above the place (a pin's head). */
final class SelectedPlace {
    private SelectedPlace() {
    }

    static double[] of(Object point) {
        if (point instanceof CameraPoint c) {
            return new double[] {c.lon(), c.lat(), 0};
        } else if (point instanceof SensorPoint s) {
            return new double[] {s.lon(), s.lat(), 0};
        } else if (point instanceof EventPin e) {
            return new double[] {e.lon(), e.lat(), 11};
        } else if (point instanceof WarehousePoint w) {
            return new double[] {w.lon(), w.lat(), 0};
        } else if (point instanceof TeamPoint t) {
            return new double[] {t.lon(), t.lat(), 0};
        } else if (point instanceof ExpertPoint x) {
            return new double[] {x.lon(), x.lat(), 0};
        } else if (point instanceof StationPoint s) {
            return new double[] {s.lon(), s.lat(), 0};
        }
        return null;
    }
}
