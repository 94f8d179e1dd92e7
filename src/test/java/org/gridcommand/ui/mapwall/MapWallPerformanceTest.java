package org.gridcommand.ui.mapwall;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import javafx.scene.Scene;
import javafx.scene.canvas.Canvas;
import javafx.stage.Stage;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.domain.map.BaseMapFeature;
import org.gridcommand.domain.map.MapFeatureKind;
import org.gridcommand.geo.index.AreaIndex;
import org.gridcommand.geo.tiles.BaseMapRenderer;
import org.gridcommand.geo.tiles.WebMercator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.locationtech.jts.geom.Envelope;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Figures for the map wall at the scale of a real city (9,229 areas, 7,776 micro-grids; a base map with a block per
 * micro-grid). Printed for the record; the bounds asserted are generous, only to catch an order-of-magnitude slip.
 */
@ExtendWith(ApplicationExtension.class)
class MapWallPerformanceTest {
    private final SyntheticCity city = SyntheticCity.realScale();
    private MapWallModel model;
    private MapWallView view;

    @Start
    void start(Stage stage) {
        model = new MapWallModel();
        long t0 = System.nanoTime();
        model.setAreas(city.areas);
        System.out.printf("setAreas (%d areas, index build): %.1f ms%n", city.areas.size(), ms(t0));
        view = new MapWallView(model);
        stage.setScene(new Scene(view, 1280, 800));
        stage.show();
    }

    @Test
    void redrawing_the_boundary_layer_stays_within_a_frame(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents(3);
        for (double zoom : new double[] {12, 13.5, 15, 16.5, 17.5}) {
            robot.interact(() -> model.zoomProperty().set(zoom));
            WaitForAsyncUtils.waitForFxEvents(3);
            AreaLayer layer = view.areaLayer();
            long t0 = System.nanoTime();
            fx(() -> layer.canvas().snapshot(null, null));
            System.out.printf("zoom %.1f: %d outlines, redraw %.1f ms on the FX thread, snapshot (rasterise) %.1f ms%n",
                    zoom, layer.lastOutlineCount(), layer.lastRedrawNanos() / 1e6, ms(t0));
            assertThat(layer.lastRedrawNanos() / 1e6).isLessThan(200);
        }
    }

    @Test
    void every_micro_grid_of_a_real_scale_city_is_outlined_when_all_are_drawn_at_once(FxRobot robot) {
        AreaIndex index = new AreaIndex(city.areas);
        long microGrids = city.areas.stream().filter(a -> a.getLevel() == AreaLevel.MICRO_GRID).count();
        long grids = city.areas.stream().filter(a -> a.getLevel() == AreaLevel.GRID).count();
        // the whole city on a 1280 × 800 canvas with every micro-grid drawn: more than the wall ever draws at once
        // (micro-grids are drawn from zoom 17, where a view holds a few hundred)
        double zoom = 12.6;
        double scale = WebMercator.scale(zoom);
        double left = WebMercator.worldX(SyntheticCity.WEST) * scale - 20;
        double top = WebMercator.worldY(SyntheticCity.NORTH) * scale - 20;
        Viewport vp = new Viewport(zoom, -left, -top, 1280, 800);
        for (int run = 0; run < 3; run++) {
            double[] figures = fx(() -> {
                Canvas canvas = new Canvas(1280, 800);
                AreaPainter painter = new AreaPainter();
                long t0 = System.nanoTime();
                var gc = canvas.getGraphicsContext2D();
                int n = painter.outlines(AreaPainter.canvasPen(gc), vp, AreaLevel.MICRO_GRID, index, l -> true);
                painter.names(Stamp.on(gc), vp, AreaLevel.MICRO_GRID, index, l -> true, List.of());
                double record = ms(t0);
                long t1 = System.nanoTime();
                canvas.snapshot(null, null);
                return new double[] {n, record, ms(t1)};
            });
            System.out.printf("all micro-grids: %d outlines, redraw %.1f ms, rasterise %.1f ms%n",
                    (int) figures[0], figures[1], figures[2]);
            assertThat((long) figures[0]).as("each micro-grid outlined, inside its grid's thicker line")
                    .isEqualTo(microGrids + grids);
        }
    }

    @Test
    void rendering_base_map_tiles(FxRobot robot) {
        List<BaseMapFeature> features = new ArrayList<>(SyntheticCity.baseMap());
        long id = 100_000;
        for (Area a : city.areas) {
            if (a.getLevel() == AreaLevel.MICRO_GRID) {
                features.add(new BaseMapFeature(id++, MapFeatureKind.BLOCK, null, 0, a.getBoundary().buffer(-0.0002)));
            }
        }
        long t0 = System.nanoTime();
        BaseMapRenderer renderer = new BaseMapRenderer(features);
        System.out.printf("renderer setup (%d features, font): %.1f ms%n", features.size(), ms(t0));
        for (int z = 10; z <= 18; z++) {
            Envelope city = new Envelope(SyntheticCity.WEST, SyntheticCity.EAST, SyntheticCity.SOUTH,
                    SyntheticCity.NORTH);
            long x0 = tile(WebMercator.worldX(city.getMinX()), z);
            long x1 = tile(WebMercator.worldX(city.getMaxX()), z);
            long y0 = tile(WebMercator.worldY(city.getMaxY()), z);
            long y1 = tile(WebMercator.worldY(city.getMinY()), z);
            int n = 0;
            long bytes = 0;
            long start = System.nanoTime();
            // at most 40 tiles per level, spread over the city
            long stepX = Math.max(1, (x1 - x0 + 1) / 7);
            long stepY = Math.max(1, (y1 - y0 + 1) / 6);
            for (long x = x0; x <= x1; x += stepX) {
                for (long y = y0; y <= y1; y += stepY) {
                    bytes += renderer.tile(z, x, y).length;
                    n++;
                }
            }
            double perTile = ms(start) / n;
            System.out.printf("z%d: %d tiles, %.1f ms/tile, %.1f kB/tile%n", z, n, perTile, bytes / 1024.0 / n);
            assertThat(perTile).isLessThan(500);
        }
    }

    private static long tile(double worldPx, int z) {
        return (long) Math.floor(worldPx * WebMercator.scale(z) / WebMercator.TILE_SIZE);
    }

    private static double ms(long start) {
        return (System.nanoTime() - start) / 1e6;
    }

    private static <T> T fx(Callable<T> work) {
        try {
            return WaitForAsyncUtils.asyncFx(work).get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
