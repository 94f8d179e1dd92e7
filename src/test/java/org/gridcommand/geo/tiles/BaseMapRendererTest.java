package org.gridcommand.geo.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;
import javax.imageio.ImageIO;
import org.gridcommand.domain.map.BaseMapFeature;
import org.gridcommand.domain.map.MapFeatureKind;
import org.gridcommand.geo.Wgs84;
import org.junit.jupiter.api.Test;
import org.locationtech.jts.geom.Coordinate;
import org.locationtech.jts.geom.Polygon;

class BaseMapRendererTest {
    private static final int Z = 14;
    /** A river running west–east across the city, between 30.250 and 30.256 N. */
    private static final double RIVER_SOUTH = 30.250;
    private static final double RIVER_NORTH = 30.256;

    private final BaseMapRenderer renderer = new BaseMapRenderer(List.of(
            new BaseMapFeature(1, MapFeatureKind.LAND, "示范区", 0, box(120.10, 30.20, 120.30, 30.35)),
            new BaseMapFeature(2, MapFeatureKind.WATER, "运河", 0, box(120.10, RIVER_SOUTH, 120.30, RIVER_NORTH)),
            new BaseMapFeature(3, MapFeatureKind.LABEL, "人民公园", 18, Wgs84.point(120.2, 30.3))));

    @Test
    void the_river_is_water_coloured_and_the_rest_of_the_city_is_land() throws IOException {
        double lon = 120.2;
        double riverLat = (RIVER_SOUTH + RIVER_NORTH) / 2;
        long x = tileX(lon);
        long y = tileY(riverLat);
        BufferedImage tile = decode(renderer.tile(Z, x, y));

        int px = pixelX(lon, x);
        assertThat(new Color(tile.getRGB(px, pixelY(riverLat, y)))).isEqualTo(BaseMapStyle.WATER);
        // 0.004° (~440 m, ~60 px at z14) north of the river is land; pick a row inside this tile
        double landLat = pixelY(RIVER_NORTH + 0.002, y) >= 0 ? RIVER_NORTH + 0.002 : RIVER_SOUTH - 0.002;
        assertThat(new Color(tile.getRGB(px, pixelY(landLat, y)))).isEqualTo(BaseMapStyle.LAND);
    }

    @Test
    void a_tile_outside_the_city_is_plain_background() throws IOException {
        BufferedImage tile = decode(renderer.tile(Z, tileX(100.0), tileY(10.0)));
        for (int yy = 0; yy < tile.getHeight(); yy += 5) {
            for (int xx = 0; xx < tile.getWidth(); xx += 5) {
                assertThat(new Color(tile.getRGB(xx, yy))).isEqualTo(BaseMapStyle.BACKGROUND);
            }
        }
    }

    @Test
    void labels_below_their_min_zoom_are_not_drawn() throws IOException {
        long x = tileX(120.2);
        long y = tileY(30.3);
        BufferedImage tile = decode(renderer.tile(Z, x, y));
        assertThat(new Color(tile.getRGB(pixelX(120.2, x), pixelY(30.3, y)))).isEqualTo(BaseMapStyle.LAND);
    }

    @Test
    void the_bundled_font_can_draw_chinese() {
        assertThat(CjkFont.load().canDisplayUpTo("网格化管理人民公园")).isEqualTo(-1);
    }

    static Polygon box(double w, double s, double e, double n) {
        return Wgs84.FACTORY.createPolygon(new Coordinate[] {new Coordinate(w, s), new Coordinate(e, s),
            new Coordinate(e, n), new Coordinate(w, n), new Coordinate(w, s)});
    }

    static long tileX(double lon) {
        return (long) Math.floor(WebMercator.worldX(lon) * WebMercator.scale(Z) / 256);
    }

    static long tileY(double lat) {
        return (long) Math.floor(WebMercator.worldY(lat) * WebMercator.scale(Z) / 256);
    }

    private static int pixelX(double lon, long tileX) {
        return (int) Math.floor(WebMercator.worldX(lon) * WebMercator.scale(Z) - tileX * 256);
    }

    private static int pixelY(double lat, long tileY) {
        return (int) Math.floor(WebMercator.worldY(lat) * WebMercator.scale(Z) - tileY * 256);
    }

    static BufferedImage decode(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }
}
