package org.gridcommand.geo.tiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MBTilesSourceTest {
    @TempDir
    Path dir;

    @Test
    void a_users_mbtiles_base_map_serves_its_tiles_with_the_rows_flipped() throws Exception {
        Path file = dir.resolve("city.mbtiles");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3};
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE metadata (name text, value text)");
            st.execute("CREATE TABLE tiles (zoom_level integer, tile_column integer, tile_row integer, "
                    + "tile_data blob)");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO tiles VALUES (?, ?, ?, ?)")) {
                ps.setInt(1, 14);
                ps.setInt(2, 13660);
                ps.setInt(3, (1 << 14) - 1 - 6746); // TMS row of XYZ y 6746
                ps.setBytes(4, png);
                ps.executeUpdate();
            }
        }
        try (MBTilesSource source = new MBTilesSource(file)) {
            assertThat(source.tile(14, 13660, 6746)).isEqualTo(png);
            assertThat(source.tile(14, 13660, 6747)).isNull();
        }
    }

    @Test
    void a_file_that_is_not_mbtiles_is_refused_with_what_to_give() throws Exception {
        Path file = dir.resolve("notes.mbtiles");
        Files.writeString(file, "not a database");
        assertThatThrownBy(() -> new MBTilesSource(file)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an MBTiles file");
        assertThatThrownBy(() -> new MBTilesSource(dir.resolve("missing.mbtiles")))
                .hasMessageContaining("not found");
    }
}
