package org.gridcommand.service.map;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.gridcommand.domain.map.BaseMapFeature;
import org.gridcommand.domain.map.MapFeatureKind;
import org.gridcommand.geo.tiles.BaseMapRenderer;
import org.gridcommand.geo.tiles.WebMercator;
import org.locationtech.jts.geom.Envelope;

/**
 * Renders the base map of a database into an MBTiles file (raster PNG, TMS rows), the format real deployments
 * bring their own maps in. Used to ship the demo city's low zooms under {@code maps/} and to hand a city's base map
 * to consoles that open it with {@code --basemap}. Written to a temporary file and moved into place when complete.
 */
public final class MBTilesExport {
    /** What was written. */
    public record Result(Path file, int tiles, long bytes) {
    }

    private MBTilesExport() {
    }

    /** Renders zooms {@code minZoom..maxZoom} over the features' LAND extent (or all features when there is none). */
    public static Result export(List<BaseMapFeature> features, String name, int minZoom, int maxZoom, Path out) {
        if (features.isEmpty()) {
            throw new IllegalArgumentException("The database has no base map to export.");
        }
        if (minZoom < 0 || maxZoom > 19 || minZoom > maxZoom) {
            throw new IllegalArgumentException("Zooms must satisfy 0 ≤ min ≤ max ≤ 19.");
        }
        Envelope extent = new Envelope();
        features.stream().filter(f -> f.getKind() == MapFeatureKind.LAND && f.getGeometry() != null)
                .forEach(f -> extent.expandToInclude(f.getGeometry().getEnvelopeInternal()));
        if (extent.isNull()) {
            features.stream().filter(f -> f.getGeometry() != null)
                    .forEach(f -> extent.expandToInclude(f.getGeometry().getEnvelopeInternal()));
        }
        BaseMapRenderer renderer = new BaseMapRenderer(features);
        try {
            Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".export-", ".mbtiles");
            int tiles = 0;
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tmp)) {
                try (Statement st = c.createStatement()) {
                    st.execute("CREATE TABLE metadata (name TEXT, value TEXT)");
                    st.execute("CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, "
                            + "tile_data BLOB)");
                    st.execute("CREATE UNIQUE INDEX tile_index ON tiles (zoom_level, tile_column, tile_row)");
                }
                c.setAutoCommit(false);
                metadata(c, name, extent, minZoom, maxZoom);
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO tiles VALUES (?, ?, ?, ?)")) {
                    for (int z = minZoom; z <= maxZoom; z++) {
                        double s = WebMercator.scale(z) / WebMercator.TILE_SIZE;
                        long x0 = (long) Math.floor(WebMercator.worldX(extent.getMinX()) * s);
                        long x1 = (long) Math.floor(WebMercator.worldX(extent.getMaxX()) * s);
                        long y0 = (long) Math.floor(WebMercator.worldY(extent.getMaxY()) * s);
                        long y1 = (long) Math.floor(WebMercator.worldY(extent.getMinY()) * s);
                        for (long x = x0; x <= x1; x++) {
                            for (long y = y0; y <= y1; y++) {
                                ps.setInt(1, z);
                                ps.setLong(2, x);
                                ps.setLong(3, (1L << z) - 1 - y);
                                ps.setBytes(4, renderer.tile(z, x, y));
                                ps.executeUpdate();
                                tiles++;
                            }
                        }
                    }
                }
                c.commit();
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING);
            return new Result(out, tiles, Files.size(out));
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Could not write " + out + ": " + e.getMessage(), e);
        }
    }

    private static void metadata(Connection c, String name, Envelope e, int minZoom, int maxZoom) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO metadata VALUES (?, ?)")) {
            String[][] rows = {{"name", name}, {"format", "png"}, {"type", "baselayer"}, {"version", "1"},
                {"description", "GridCommand base map rendered from the database's vector features"},
                {"bounds", e.getMinX() + "," + e.getMinY() + "," + e.getMaxX() + "," + e.getMaxY()},
                {"minzoom", Integer.toString(minZoom)}, {"maxzoom", Integer.toString(maxZoom)}};
            for (String[] r : rows) {
                ps.setString(1, r[0]);
                ps.setString(2, r[1]);
                ps.executeUpdate();
            }
        }
    }
}
