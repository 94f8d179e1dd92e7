package org.gridcommand.demo;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.LongSupplier;
import org.gridcommand.store.bulk.BulkTable;
import org.gridcommand.store.bulk.BulkWriter;

/**
 * Generates the demo city from one seed and writes it, table by table, parents before the rows that refer to
 * them. Each part draws from its own random stream split off the seed in a fixed order, so the same seed gives
 * the same city (and the ids, drawn in a fixed order too, match on a fresh database).
 */
final class DemoCityWriter {
    private final DemoScale scale;
    private final Instant now;
    private final LongSupplier ids;
    private final DemoProgress progress;
    private final SplittableRandom outlineRandom;
    private final SplittableRandom areaRandom;
    private final SplittableRandom mapRandom;
    private final SplittableRandom unitRandom;
    private final SplittableRandom deviceRandom;
    private final SplittableRandom resourceRandom;
    private final SplittableRandom eventRandom;
    private final SplittableRandom stationRandom;

    DemoCityWriter(long seed, DemoScale scale, Instant now, LongSupplier ids, DemoProgress progress) {
        this.scale = scale;
        this.now = now;
        this.ids = ids;
        this.progress = progress;
        SplittableRandom root = new SplittableRandom(seed);
        outlineRandom = root.split();
        areaRandom = root.split();
        mapRandom = root.split();
        unitRandom = root.split();
        deviceRandom = root.split();
        resourceRandom = root.split();
        eventRandom = root.split();
        // split last: the streams above stay what they were before stations existed
        stationRandom = root.split();
    }

    /** The pure computation that needs no database: the outline and the area hierarchy. */
    Geography plan() {
        progress.update("生成行政区划 / drawing the district and its streets", 0.01);
        CityOutline outline = new CityOutline(outlineRandom);
        AreaHierarchy areas = new AreaHierarchy(outline, scale, areaRandom, ids, progress);
        progress.update("生成底图 / drawing the base map", 0.25);
        Waterways water = new Waterways(outline, mapRandom);
        RoadNetwork roads = new RoadNetwork(outline, water, scale.blockMetres(), mapRandom);
        return new Geography(outline, areas, water, roads);
    }

    record Geography(CityOutline outline, AreaHierarchy areas, Waterways water, RoadNetwork roads) {
    }

    /** Writes everything through {@code writer}; the caller owns the transaction. */
    void write(Geography g, BulkWriter writer) {
        progress.update("写入网格 / writing areas", 0.3);
        BulkTable areaTable = writer.table("area", Set.of("boundary"), "id", "level", "code", "name", "parent_id",
                "households", "boundary");
        for (DemoArea a : g.areas().all()) {
            areaTable.insert(a.id, a.level, a.code, a.name, a.parent == null ? null : a.parent.id, a.households,
                    a.boundary);
        }
        writer.flush();
        progress.update("写入底图 / writing the base map", 0.34);
        new BaseMap(writer, ids).write(g.outline(), g.areas(), g.water(), g.roads());
        progress.update("生成单位和人员 / units and people", 0.38);
        UnitRoster units = new UnitRoster(g.areas(), writer, unitRandom, ids);
        progress.update("生成事项分类 / event taxonomy", 0.40);
        Taxonomy taxonomy = new Taxonomy(writer, ids);
        writer.flush();
        progress.update("生成摄像头和传感器 / cameras and sensors", 0.42);
        Devices devices = new Devices(writer, deviceRandom, ids, new MicroGridLocator(g.areas().microGrids), now);
        devices.writeCameras(writer, g.roads(), scale.cameras());
        devices.writeSensors(writer, g.water(), g.roads(), g.outline().boundary(), scale.sensors());
        progress.update("生成应急资源 / warehouses, teams and experts", 0.45);
        EmergencyResources resources = new EmergencyResources(resourceRandom, ids);
        resources.writeWarehouses(writer, g.areas(), scale.warehouses());
        resources.writeTeams(writer, g.areas(), scale.teams());
        resources.writeExperts(writer, scale.experts());
        progress.update("生成应急预案 / emergency plans", 0.48);
        Map<String, String> itemCodes = new HashMap<>();
        taxonomy.items.forEach(i -> itemCodes.put(i.name(), i.code()));
        new PlanTemplates(itemCodes).write(writer, ids, scale.plans());
        writer.flush();
        new EventHistory(eventRandom, ids, now, g.areas(), units, taxonomy, devices)
                .write(writer, scale.events(), progress, 0.5, 0.95);
        // after everything else, so that the ids (and the city) drawn before are what they were before stations
        progress.update("生成网格工作站和服务中心 / grid stations and service centres", 0.955);
        new CommunityStations(stationRandom, ids).write(writer, g.areas());
        progress.update("提交 / committing", 0.96);
        writer.finish();
    }
}
