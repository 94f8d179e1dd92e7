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

/** Names the base map writes into its tiles never cover each other: where two would meet, the more important stays. */
class BaseMapLabelsTest {
    private static final double LAT = 30.25;
    private static final double RIVER_LON = 120.20;
    /** 0.01° east: ~29 px at zoom 12 (the names overlap), ~116 px at zoom 14 (they do not). */
    private static final double ROAD_LON = 120.21;

    private final BaseMapRenderer renderer = new BaseMapRenderer(List.of(
            new BaseMapFeature(1, MapFeatureKind.LABEL, "明湖大江", 11, Wgs84.point(RIVER_LON, LAT)),
            new BaseMapFeature(2, MapFeatureKind.LABEL, "文一西路", 12, Wgs84.point(ROAD_LON, LAT))));

    @Test
    void where_two_names_would_overlap_only_the_more_important_is_drawn() throws IOException {
        assertThat(textEastOf(12, ROAD_LON)).as("the road's name gives way to the river's at zoom 12").isZero();
        assertThat(textEastOf(12, RIVER_LON - 0.004)).as("the river's name is drawn").isPositive();
        assertThat(textEastOf(14, ROAD_LON)).as("closer in, both fit").isPositive();
    }

    /** Pixels in the name colour in a strip 4–18 px east of a place, on the name's line, at a zoom. */
    private int textEastOf(int z, double lon) throws IOException {
        double scale = WebMercator.scale(z);
        double wx = WebMercator.worldX(lon) * scale;
        double wy = WebMercator.worldY(LAT) * scale;
        int count = 0;
        for (double px = wx + 4; px <= wx + 18; px++) {
            for (double py = wy - 5; py <= wy + 5; py++) {
                long tx = (long) Math.floor(px / WebMercator.TILE_SIZE);
                long ty = (long) Math.floor(py / WebMercator.TILE_SIZE);
                BufferedImage tile = ImageIO.read(new ByteArrayInputStream(renderer.tile(z, tx, ty)));
                Color c = new Color(tile.getRGB((int) (px - tx * WebMercator.TILE_SIZE),
                        (int) (py - ty * WebMercator.TILE_SIZE)));
                if (Math.abs(c.getRed() - BaseMapStyle.LABEL.getRed()) + Math.abs(c.getGreen()
                        - BaseMapStyle.LABEL.getGreen()) + Math.abs(c.getBlue() - BaseMapStyle.LABEL.getBlue()) < 60) {
                    count++;
                }
            }
        }
        return count;
    }
}
