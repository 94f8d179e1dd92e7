package org.gridcommand.ui.mapwall.layers;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gridcommand.domain.device.SensorKind;
import org.gridcommand.domain.device.SensorState;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.Urgency;
import org.gridcommand.domain.resource.StationKind;
import org.gridcommand.service.map.MapPoints;
import org.gridcommand.service.map.MapPoints.CameraPoint;
import org.gridcommand.service.map.MapPoints.EventHistory;
import org.gridcommand.service.map.MapPoints.EventPin;
import org.gridcommand.service.map.MapPoints.SensorPoint;
import org.gridcommand.service.map.MapPoints.StationPoint;

/**
 * A small made-up city block for the layer tests: one lone camera in the middle, a tight group of 30 cameras 4 km
 * east, a water level sensor in alarm, a new event 1 km west, a community service centre and a grid station 1 km
 * north-east, and a heat map history with 3 events today and 12 a month ago in the south-west.
 */
final class TestPoints {
    static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");
    static final double LON = 120.0;
    static final double LAT = 30.0;
    static final double GROUP_LON = 120.040;
    static final double EVENT_LON = 119.990;
    static final double OLD_LON = 119.985;
    static final double OLD_LAT = 29.992;
    static final double STATION_LON = 120.010;
    static final double STATION_LAT = 30.006;
    static final double GRID_STATION_LON = 120.014;

    private TestPoints() {
    }

    static MapPoints points() {
        List<CameraPoint> cameras = new ArrayList<>();
        cameras.add(new CameraPoint(1, "CAM-0001", "人民路口", LON, LAT, true, true, "demo:clip"));
        for (int i = 0; i < 30; i++) {
            cameras.add(new CameraPoint(100 + i, "CAM-G" + i, "集中点 " + i, GROUP_LON + (i % 6) * 0.0004,
                    LAT + (i / 6) * 0.0004, i % 5 != 0, false, null));
        }
        SensorPoint sensor = new SensorPoint(2, "WL-01", "河道水位", SensorKind.WATER_LEVEL, LON, LAT - 0.008, "m",
                3.4, NOW.minusSeconds(60), 2.5, 3.0, SensorState.ALARM);
        EventPin event = new EventPin(3, "E-2026-0001", "井盖缺失", EventState.REPORTED, Urgency.URGENT, EVENT_LON,
                LAT, "人民路 1 号", NOW.minus(Duration.ofHours(5)), NOW.minus(Duration.ofHours(5)),
                NOW.minus(Duration.ofHours(1)), null, null, null, null);
        int n = 15;
        double[] lon = new double[n];
        double[] lat = new double[n];
        long[] at = new long[n];
        for (int i = 0; i < n; i++) {
            boolean today = i < 3;
            lon[i] = today ? LON + 0.002 : OLD_LON + (i % 4) * 0.0003;
            lat[i] = today ? LAT + 0.004 : OLD_LAT + (i % 3) * 0.0003;
            at[i] = (today ? NOW.minus(Duration.ofHours(2)) : NOW.minus(Duration.ofDays(20))).getEpochSecond();
        }
        List<StationPoint> stations = List.of(
                new StationPoint(4, "SC-330199001001", "文华社区党群服务中心", StationKind.SERVICE_CENTER, STATION_LON,
                        STATION_LAT, 40L, "文华社区", "明湖区明湖街道文华社区8号", "0571-86001234",
                        "周一至周日 8:30–17:30", 14),
                new StationPoint(5, "GS-33019900100102", "文华社区第1网格工作站", StationKind.GRID_STATION,
                        GRID_STATION_LON, STATION_LAT, 41L, "文华社区02网格", "明湖区明湖街道文华社区21号",
                        "0571-86005678", "周一至周五 8:30–17:30，节假日轮值", 4));
        return new MapPoints(cameras, List.of(sensor), List.of(event), List.of(), List.of(), List.of(), stations,
                new EventHistory(lon, lat, at));
    }
}
