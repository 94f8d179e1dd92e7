package org.gridcommand.service.settings;

import java.util.Map;

/**
 * Where the officer left the map: its centre and zoom, which layers were on, and the base map file chosen in the
 * console (null: the demo/offline one).
 *
 * @param layers layer name → shown (names are the console's: "basemap", "GRID", "cameras"…)
 */
public record MapState(double centreLon, double centreLat, double zoom, Map<String, Boolean> layers,
                       String baseMapFile) {
    public MapState {
        layers = Map.copyOf(layers);
    }
}
