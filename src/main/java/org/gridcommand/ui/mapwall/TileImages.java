package org.gridcommand.ui.mapwall;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.gridcommand.geo.tiles.TileSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The base map's decoded tiles for the {@link TileLayer}: a bounded most-recently-used cache on the FX thread, filled
 * by the map's {@link MapWorkers}, which read the {@link TileSource} (a disk cache, a renderer, an MBTiles file: never
 * the FX thread's work). Newest requests first, and a request the view has moved away from before its turn is
 * dropped, so a fast flight across the city loads what is on screen now, not the backlog of where it was.
 *
 * <p>A tile the source does not have (outside an MBTiles file's zooms or extent) is remembered as missing: the
 * layer then shows its parent enlarged instead of asking again every frame.
 */
final class TileImages {
    /**
     * Decoded tiles kept: a 1920×1080 screen needs about 60, and each 256×256 tile costs 256 KB; the rest keeps the
     * views the officer goes back and forth between.
     */
    private static final int CAPACITY = 256;
    private static final Logger LOG = LoggerFactory.getLogger(TileImages.class);

    private final Map<Long, Optional<TilePixels>> cache = new LinkedHashMap<>(CAPACITY * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Long, Optional<TilePixels>> eldest) {
            return size() > CAPACITY;
        }
    };
    private final Set<Long> pending = ConcurrentHashMap.newKeySet();
    private final MapWorkers loaders;
    private final Consumer<Runnable> fxThread;
    private final Runnable arrived;
    private volatile TileSource source;
    /** Bumped when the source changes: answers for the old one are dropped. */
    private volatile int generation;
    /** The tiles the last frame wanted (read by the loaders to skip requests the view has left). */
    private volatile Set<Long> wanted = Set.of();

    /**
     * @param loaders  the map's threads, which read and decode the tiles
     * @param fxThread runs a task on the FX thread ({@code Platform::runLater} in the console)
     * @param arrived  called on the FX thread when a requested tile arrived (the layer redraws)
     */
    TileImages(MapWorkers loaders, Consumer<Runnable> fxThread, Runnable arrived) {
        this.loaders = loaders;
        this.fxThread = fxThread;
        this.arrived = arrived;
    }

    /** Shows another base map from now on; everything cached from the previous one is forgotten. */
    void setSource(TileSource newSource) {
        source = newSource;
        generation++;
        cache.clear();
        pending.clear();
    }

    TileSource source() {
        return source;
    }

    private static final long MASK = (1L << 29) - 1;

    /** One number per tile: the level in the top bits, then x and y (29 bits each: deeper than level 22 never). */
    static long key(int z, long x, long y) {
        return ((long) z << 58) | (x << 29) | y;
    }

    /**
     * The cached image of a tile: null when it is not (yet) loaded, empty when the source has none, else the image.
     */
    Optional<TilePixels> get(int z, long x, long y) {
        return cache.get(key(z, x, y));
    }

    /** Asks for a tile (by its {@link #key}) in the background unless it is cached or already asked for. */
    void request(long key) {
        TileSource from = source;
        if (from == null || cache.containsKey(key) || !pending.add(key)) {
            return;
        }
        int asked = generation;
        int z = (int) (key >>> 58);
        long x = (key >>> 29) & MASK;
        long y = key & MASK;
        loaders.execute(() -> load(from, asked, key, z, x, y));
    }

    /** The tiles the view needs now; requests for others still waiting are skipped. */
    void setWanted(Set<Long> keys) {
        wanted = keys;
    }

    private void load(TileSource from, int asked, long key, int z, long x, long y) {
        if (asked != generation || !wanted.contains(key)) {
            pending.remove(key);
            return;
        }
        Optional<TilePixels> loaded = decode(from, z, x, y);
        fxThread.accept(() -> {
            pending.remove(key);
            if (asked == generation) {
                cache.put(key, loaded);
                arrived.run();
            }
        });
    }

    private static Optional<TilePixels> decode(TileSource from, int z, long x, long y) {
        try {
            byte[] png = from.tile(z, x, y);
            if (png == null) {
                return Optional.empty();
            }
            TilePixels pixels = TilePixels.decode(png);
            if (pixels == null) {
                LOG.warn("Tile {}/{}/{} is not a square image the map can show", z, x, y);
                return Optional.empty();
            }
            return Optional.of(pixels);
        } catch (RuntimeException e) {
            LOG.warn("Tile {}/{}/{} failed: {}", z, x, y, e.toString());
            return Optional.empty();
        }
    }
}
