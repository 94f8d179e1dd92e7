package org.gridcommand.geo.tiles;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.sqlite.SQLiteConfig;

/**
 * A user's own raster base map in an MBTiles file (SQLite, TMS rows: the y axis counts from the south, so it is
 * flipped for the XYZ scheme the map asks in). Opened read-only; checked when opened so that a wrong file is
 * reported at start-up, not as a blank map.
 */
public final class MBTilesSource implements TileSource, AutoCloseable {
    private final Path file;
    private final Connection connection;
    private final PreparedStatement query;

    /**
     * @throws IllegalArgumentException naming the problem when the file is missing, not SQLite, or has no tiles
     */
    public MBTilesSource(Path file) {
        this.file = file;
        if (!Files.isRegularFile(file)) {
            throw new IllegalArgumentException("Base map " + file + " not found.");
        }
        try {
            SQLiteConfig config = new SQLiteConfig();
            config.setReadOnly(true);
            connection = DriverManager.getConnection("jdbc:sqlite:" + file.toAbsolutePath(), config.toProperties());
            try (var st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM tiles")) {
                rs.next();
                if (rs.getLong(1) == 0) {
                    throw new IllegalArgumentException("Base map " + file + " holds no tiles.");
                }
            }
            query = connection.prepareStatement(
                    "SELECT tile_data FROM tiles WHERE zoom_level = ? AND tile_column = ? AND tile_row = ?");
        } catch (SQLException e) {
            throw new IllegalArgumentException("Base map " + file + " is not an MBTiles file (" + e.getMessage()
                    + "). Give a .mbtiles raster tile set.", e);
        }
    }

    @Override
    public synchronized byte[] tile(int z, long x, long y) {
        long tmsRow = (1L << z) - 1 - y;
        try {
            query.setInt(1, z);
            query.setLong(2, x);
            query.setLong(3, tmsRow);
            try (ResultSet rs = query.executeQuery()) {
                return rs.next() ? rs.getBytes(1) : null;
            }
        } catch (SQLException e) {
            // a damaged page in the file: this tile stays blank, the rest of the map still works
            return null;
        }
    }

    public Path file() {
        return file;
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException ignored) {
            // closing a read-only file: nothing to lose
        }
    }
}
