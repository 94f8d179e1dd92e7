package org.gridcommand.demo;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.domain.device.SensorKind;
import org.gridcommand.domain.device.SensorState;
import org.gridcommand.geo.Wgs84;
import org.gridcommand.store.bulk.BulkTable;
import org.gridcommand.store.bulk.BulkWriter;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.linearref.LengthIndexedLine;

/**
 * Cameras at street crossings (more in the centre) and IoT sensors: water gauges along the river and at the
 * lakes, smart manhole covers on the streets, smoke and gas detectors in the built-up blocks.
 */
final class Devices {
    /** A device that raises events of its own (an AI camera or a sensor), with where it stands. */
    record Source(String code, String name, DemoArea microGrid, Coordinate at) {
    }

    final List<Source> aiCameras = new ArrayList<>();
    final Map<SensorKind, List<Source>> sensors = new EnumMap<>(SensorKind.class);

    private final SplittableRandom random;
    private final LongSupplier ids;
    private final MicroGridLocator locator;
    private final Instant now;

    Devices(BulkWriter writer, SplittableRandom random, LongSupplier ids, MicroGridLocator locator, Instant now) {
        this.random = random;
        this.ids = ids;
        this.locator = locator;
        this.now = now;
    }

    void writeCameras(BulkWriter writer, RoadNetwork roads, int count) {
        BulkTable cameras = writer.table("camera", Set.of("location"), "id", "code", "name", "location", "area_id",
                "online", "ai_enabled", "stream_url");
        List<RoadNetwork.Crossing> crossings = roads.crossings;
        int written = 0;
        for (int attempt = 0; written < count && attempt < count * 50; attempt++) {
            RoadNetwork.Crossing crossing = crossings.get(random.nextInt(crossings.size()));
            // offset from the crossing's centre: a pole stands at a corner, and two cameras never share a spot
            Coordinate at = new Coordinate(crossing.at().x + (random.nextDouble() - 0.5) * 0.0006,
                    crossing.at().y + (random.nextDouble() - 0.5) * 0.0005);
            if (random.nextDouble() > 0.25 + CityOutline.density(at.x, at.y)) {
                continue;
            }
            DemoArea micro = locator.locate(at);
            if (micro == null) {
                continue;
            }
            written++;
            String code = String.format("CAM-%05d", written);
            String place = crossing.name() != null ? crossing.name() : micro.parent.parent.name;
            String name = place + "-" + (crossing.name() != null ? "路口" : "") + "监控" + written % 100;
            boolean online = random.nextDouble() > 0.06;
            boolean ai = random.nextDouble() < 0.28;
            String stream = written % 130 == 1 ? "demo:clip/" + (written % 3 == 0 ? "traffic" : "street") : null;
            cameras.insert(ids.getAsLong(), code, name, Wgs84.point(at.x, at.y), micro.at(
                    AreaLevel.GRID).id, online, ai, stream);
            if (ai && online) {
                aiCameras.add(new Source(code, name, micro, at));
            }
        }
    }

    void writeSensors(BulkWriter writer, Waterways water, RoadNetwork roads, Geometry outline, int count) {
        BulkTable table = writer.table("sensor", Set.of("location"), "id", "code", "name", "kind", "location",
                "area_id", "measure_unit", "warning_threshold", "alarm_threshold", "last_value", "last_reading_at",
                "state");
        int gauges = Math.max(6, count / 10);
        Geometry course = water.centreLine.intersection(outline);
        LengthIndexedLine line = new LengthIndexedLine(course);
        for (int i = 0; i < gauges; i++) {
            Coordinate at = line.extractPoint(course.getLength() * (i + 0.5) / gauges);
            double warning = 4.0 + random.nextInt(6) * 0.1;
            sensor(table, SensorKind.WATER_LEVEL, at, PlaceNames.RIVER + (i + 1) + "号水位站", "m", warning,
                    warning + 0.5, 2.2 + random.nextDouble() * 1.6, 0.05);
        }
        for (Waterways.Lake lake : water.lakes) {
            Coordinate at = lake.shape().getExteriorRing().getCoordinateN(0);
            sensor(table, SensorKind.WATER_LEVEL, at, lake.name() + "水位站", "m", 3.2, 3.6,
                    2.0 + random.nextDouble(), 0.05);
        }
        int remaining = count - gauges - water.lakes.size();
        int manholes = remaining * 2 / 5;
        int smoke = remaining * 3 / 10;
        int gas = remaining - manholes - smoke;
        for (int i = 0; i < manholes; i++) {
            Coordinate at = roads.crossings.get(random.nextInt(roads.crossings.size())).at();
            sensor(table, SensorKind.MANHOLE_COVER, jitter(at), "智能井盖" + (i + 1), "°", 10, 20,
                    random.nextDouble() * 3, 0.02);
        }
        for (int i = 0; i < smoke; i++) {
            Coordinate at = roads.blocks.get(random.nextInt(roads.blocks.size())).getInteriorPoint().getCoordinate();
            sensor(table, SensorKind.SMOKE, at, "独立烟感" + (i + 1), "%/m", 5, 10, random.nextDouble() * 1.5, 0.01);
        }
        for (int i = 0; i < gas; i++) {
            Coordinate at = roads.blocks.get(random.nextInt(roads.blocks.size())).getInteriorPoint().getCoordinate();
            sensor(table, SensorKind.GAS, jitter(at), "燃气探测器" + (i + 1), "%LEL", 10, 25,
                    random.nextDouble() * 4, 0.01);
        }
    }

    private void sensor(BulkTable table, SensorKind kind, Coordinate at, String name, String unit, double warning,
                        double alarm, double usual, double excursionChance) {
        DemoArea micro = locator.locate(at);
        if (micro == null) {
            return;
        }
        List<Source> ofKind = sensors.computeIfAbsent(kind, k -> new ArrayList<>());
        int number = sensors.values().stream().mapToInt(List::size).sum() + 1;
        String code = String.format("SEN-%s-%04d", kind.name().substring(0, 3), number);
        double value = usual;
        double roll = random.nextDouble();
        if (roll < excursionChance) {
            // a few sensors stand above a threshold right now, so the map wall has something to show
            value = roll < excursionChance / 3 ? alarm * 1.05 : (warning + alarm) / 2;
        }
        value = Math.round(value * 100) / 100.0;
        boolean offline = random.nextDouble() < 0.02;
        SensorState state = offline ? SensorState.OFFLINE : SensorState.of(value, warning, alarm);
        Instant readAt = now.minus(offline ? Duration.ofHours(6 + random.nextInt(60))
                : Duration.ofSeconds(30 + random.nextInt(900)));
        table.insert(ids.getAsLong(), code, name, kind, Wgs84.point(at.x, at.y), micro.at(
                AreaLevel.GRID).id, unit, warning, alarm, value, readAt, state);
        ofKind.add(new Source(code, name, micro, at));
    }

    private Coordinate jitter(Coordinate c) {
        return new Coordinate(c.x + (random.nextDouble() - 0.5) * 0.0008, c.y + (random.nextDouble() - 0.5) * 0.0008);
    }
}
