package org.gridcommand.bench.map;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.domain.map.BaseMapFeature;
import org.gridcommand.domain.time.ConsoleClock;
import org.gridcommand.geo.tiles.BaseMapRenderer;
import org.gridcommand.geo.tiles.TileCache;
import org.gridcommand.service.Backend;
import org.gridcommand.service.map.MapPoints;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;
import org.gridcommand.ui.mapwall.MapWallModel;
import org.gridcommand.ui.mapwall.MapWallView;
import org.gridcommand.ui.mapwall.PlaceName;
import org.gridcommand.ui.mapwall.layers.PointLayer;
import org.gridcommand.ui.mapwall.layers.PointLayersModel;
import org.locationtech.jts.geom.Envelope;

/**
 * The FX half of {@code gridcommand bench map}, run in its own JVM by the command line's MapBench (the command line
 * may not depend on the UI; a fresh JVM also gives a clean heap figure). Loads the whole city into a real stage,
 * flies a scripted pan/zoom path with the console's canvas layers, then the same path with one node per feature,
 * and prints the figures and one JSON line. Pulses run at full speed (javafx.animation.fullspeed, set by the
 * parent), so a frame's time is its work, not the 60 Hz cap.
 */
public final class MapRenderBench {
    private final Backend backend;
    private final int frames;
    private final int eventCount;
    private List<PlaceName> placeNames = List.of();

    private MapRenderBench(Backend backend, int frames, int eventCount) {
        this.backend = backend;
        this.frames = frames;
        this.eventCount = eventCount;
    }

    /** Arguments: DB FRAMES EVENTS. Exit code 0 when every target is met, 1 when one is missed. */
    public static void main(String[] args) throws Exception {
        String db = args[0];
        int frames = Integer.parseInt(args[1]);
        int events = Integer.parseInt(args[2]);
        int code;
        try (Backend backend = Backend.open(db, null, null, ConsoleClock.system())) {
            code = new MapRenderBench(backend, frames, events).run();
        }
        System.exit(code);
    }

    private int run() throws Exception {
        Clock clock = backend.clock();
        List<Area> areas = backend.city().areas();
        MapPoints points = SyntheticPins.topUp(backend.mapPoints().load(), eventCount, clock.instant(), 42);
        Path tiles = Files.createTempDirectory("gridcommand-bench-tiles-");
        List<BaseMapFeature> features = backend.baseMap().features();
        placeNames = PlaceName.of(features);
        TileCache baseMap = new TileCache(tiles, new BaseMapRenderer(features));
        System.out.printf("city: %,d areas, %,d cameras, %,d sensors, %,d open event pins (%,d real), %,d resources,"
                        + " %,d events in the heat map's year%n", areas.size(), points.cameras().size(),
                points.sensors().size(), points.events().size(), backend.mapPoints().load().events().size(),
                points.warehouses().size() + points.teams().size() + points.experts().size()
                        + points.stations().size(),
                points.history().size());

        CompletableFuture<Map<String, Object>> result = new CompletableFuture<>();
        Platform.startup(() -> {
            try {
                stage(areas, points, clock, baseMap, result);
            } catch (RuntimeException e) {
                result.completeExceptionally(e);
            }
        });
        Map<String, Object> json = result.get();
        System.out.println(new ObjectMapper().writeValueAsString(json));
        Platform.exit();
        boolean met = (double) json.get("median_frame_ms") <= 16 && (double) json.get("p95_frame_ms") <= 33
                && (double) json.get("speedup_vs_node_per_feature") >= 10 && (long) json.get("heap_mb") <= 768;
        return met ? 0 : 1;
    }

    private void stage(List<Area> areas, MapPoints points, Clock clock, TileCache baseMap,
            CompletableFuture<Map<String, Object>> out) {
        MapWallModel map = new MapWallModel();
        map.tileSourceProperty().set(baseMap);
        map.setAreas(areas);
        // as the console: area names keep clear of the base map's own
        map.setPlaceNames(placeNames);
        MapWallView view = new MapWallView(map);
        Messages messages = new Messages(Messages.localeFor("zh"))
                .forFeature("org.gridcommand.ui.mapwall.layers.messages");
        PointLayersModel model = new PointLayersModel(clock, new BackgroundTasks(Runnable::run, Runnable::run));
        PointLayer layer = new PointLayer(model, map, messages, view::centreOn);
        view.addOverlay(layer);
        model.setPoints(points);
        Stage stage = new Stage();
        stage.setTitle("GridCommand — bench map");
        Scene scene = new Scene(view, 1600, 900);
        scene.getStylesheets().add(MapRenderBench.class.getResource("/org/gridcommand/ui/console.css")
                .toExternalForm());
        stage.setScene(scene);
        stage.show();
        Envelope city = new Envelope();
        areas.stream().filter(a -> a.getBoundary() != null)
                .forEach(a -> city.expandToInclude(a.getBoundary().getEnvelopeInternal()));
        FlightPath path = new FlightPath(city, frames);
        FrameRecorder canvasRun = new FrameRecorder(path, view, layer::lastRedrawNanos);
        System.out.printf("path: %d frames, zoom 11 → 18 → 11 across the city, 1600×900 window%n", frames);
        canvasRun.fly(warm -> {
            System.out.printf("warm-up (tiles rendered and cached, JIT): %s%n", warm.summary());
            new FrameRecorder(path, view, layer::lastRedrawNanos).fly(canvas -> {
                System.out.printf("canvas layers (the console's):   %s%n", canvas.summary());
                System.gc();
                Runtime rt = Runtime.getRuntime();
                long heapMb = (rt.totalMemory() - rt.freeMemory()) / (1024 * 1024);
                System.out.printf("heap with every layer loaded: %d MB (target ≤ 768)%n", heapMb);
                layer.setVisible(false);
                new FrameRecorder(path, view, () -> 0L).fly(bare -> {
                    System.out.printf("for reference, base map + boundaries, no points: %s%n", bare.summary());
                    for (AreaLevel level : AreaLevel.values()) {
                        map.levelVisibleProperty(level).set(false);
                    }
                    new FrameRecorder(path, view, () -> 0L).fly(tilesOnly -> {
                        System.out.printf("for reference, base map tiles alone:             %s%n",
                                tilesOnly.summary());
                        layer.setVisible(true);
                        naive(view, map, layer, points, areas, path, canvas, heapMb, out);
                    });
                });
            });
        });
    }

    private void naive(MapWallView view, MapWallModel map, PointLayer layer, MapPoints points, List<Area> areas,
            FlightPath path, FrameRecorder.Result canvas, long heapMb, CompletableFuture<Map<String, Object>> out) {
        view.removeOverlay(layer);
        layer.dispose();
        for (AreaLevel level : AreaLevel.values()) {
            map.levelVisibleProperty(level).set(false);
        }
        NaiveNodeLayer naive = new NaiveNodeLayer(points, areas);
        view.addOverlay(naive);
        System.out.printf("naive layer: %,d nodes (a Circle per point, a Polygon per grid and micro-grid)%n",
                naive.nodeCount());
        new FrameRecorder(path, view, () -> 0L).fly(n -> {
            System.out.printf("node per feature (baseline):     %s%n", n.summary());
            double speedup = n.median() / canvas.median();
            System.out.printf("speedup vs node per feature: %.1fx (median), targets: median ≤ 16 ms, p95 ≤ 33 ms,"
                    + " ≥ 10x%n", speedup);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("bench", "map");
            json.put("median_frame_ms", round(canvas.median()));
            json.put("p95_frame_ms", round(canvas.p95()));
            json.put("speedup_vs_node_per_feature", round(speedup));
            json.put("heap_mb", heapMb);
            json.put("naive_median_frame_ms", round(n.median()));
            json.put("naive_p95_frame_ms", round(n.p95()));
            json.put("point_layer_redraw_median_ms", round(canvas.redrawMedian()));
            json.put("point_layer_redraw_p95_ms", round(canvas.redrawP95()));
            json.put("frames", path.size());
            json.put("event_pins", points.events().size());
            out.complete(json);
        });
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }
}
