package org.gridcommand.service.map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import org.gridcommand.domain.map.BaseMapFeature;
import org.gridcommand.domain.map.MapFeatureKind;
import org.gridcommand.geo.Wgs84;
import org.gridcommand.geo.tiles.MBTilesSource;
import org.gridcommand.geo.tiles.WebMercator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.locationtech.jts.geom.Envelope;

class MBTilesExportTest {
    @TempDir
    Path dir;

    @Test
    void an_exported_base_map_opens_as_a_users_mbtiles_map_with_every_tile_over_the_city() {
        BaseMapFeature land = new BaseMapFeature(1, MapFeatureKind.LAND, null, 0,
                Wgs84.FACTORY.toGeometry(new Envelope(120.10, 120.20, 30.20, 30.28)));
        Path out = dir.resolve("city.mbtiles");
        MBTilesExport.Result r = MBTilesExport.export(List.of(land), "test", 10, 12, out);
        assertThat(r.tiles()).isGreaterThan(3);
        try (MBTilesSource source = new MBTilesSource(out)) {
            long x = (long) Math.floor(WebMercator.worldX(120.15) * WebMercator.scale(12) / WebMercator.TILE_SIZE);
            long y = (long) Math.floor(WebMercator.worldY(30.24) * WebMercator.scale(12) / WebMercator.TILE_SIZE);
            byte[] png = source.tile(12, x, y);
            assertThat(png).isNotNull();
            assertThat(png[1]).isEqualTo((byte) 'P');
            assertThat(source.tile(12, x + 50, y)).as("far outside the city").isNull();
        }
    }

    @Test
    void a_database_without_a_base_map_is_refused() {
        assertThatThrownBy(() -> MBTilesExport.export(List.of(), "x", 10, 12, dir.resolve("x.mbtiles")))
                .hasMessageContaining("no base map");
    }
}
