package org.gridcommand.cli;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gridcommand.service.Backend;
import org.gridcommand.service.map.MBTilesExport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code gridcommand export tiles}: the database's base map as an MBTiles raster file (for --basemap elsewhere). */
@Command(name = "tiles", mixinStandardHelpOptions = true,
        description = "Render the base map into an MBTiles file (PNG tiles) that any console can open with --basemap.")
public final class ExportTilesCommand implements Callable<Integer> {
    @Option(names = "--out", required = true, description = "The .mbtiles file to write")
    Path out;

    @Option(names = "--min-zoom", defaultValue = "10", description = "Lowest zoom (default ${DEFAULT-VALUE})")
    int minZoom;

    @Option(names = "--max-zoom", defaultValue = "15", description = "Highest zoom (default ${DEFAULT-VALUE}; "
            + "each level has four times the tiles of the one before)")
    int maxZoom;

    @Mixin
    DatabaseOptions database;

    @Override
    public Integer call() {
        try (Backend backend = database.open()) {
            long t0 = System.nanoTime();
            MBTilesExport.Result r = MBTilesExport.export(backend.baseMap().features(), "GridCommand base map",
                    minZoom, maxZoom, out);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            System.err.printf("%s: %,d tiles, zoom %d–%d, %,d bytes in %,d ms%n", r.file(), r.tiles(), minZoom, maxZoom,
                    r.bytes(), ms);
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("file", r.file().toString());
            json.put("tiles", r.tiles());
            json.put("bytes", r.bytes());
            System.out.println(Json.line(json));
            return 0;
        }
    }
}
