package org.gridcommand.ui.mapwall;

import com.gluonhq.maps.tile.TileRetriever;
import java.io.ByteArrayInputStream;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.scene.image.Image;
import org.gridcommand.geo.tiles.TileSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Gluon Maps' tile supplier for GridCommand: tiles come from the installed {@link TileSource} (the offline renderer
 * behind its disk cache), never from the network. Registered in
 * {@code META-INF/services/com.gluonhq.maps.tile.TileRetriever}; without that registration Gluon would fetch
 * OpenStreetMap tiles online.
 *
 * <p><b>Why a static seam.</b> Gluon instantiates this class itself, through {@link java.util.ServiceLoader} with
 * the no-argument constructor, once, when its tile view class is first loaded; no application object can be passed
 * in. So the composition root calls {@link #install(TileSource)} once, before the first {@code MapView} is created,
 * and every instance reads that source. It is the only static mutable state of the map wall. Until a source is
 * installed, tiles are empty (the map shows its dark background).
 *
 * <p>Tiles are rendered and decoded on two daemon threads, never on the FX thread; Gluon hops back to the FX thread
 * itself to show the image.
 */
public final class OfflineTileRetriever implements TileRetriever {
    private static final Logger LOG = LoggerFactory.getLogger(OfflineTileRetriever.class);

    /** The documented seam, see the class comment. Volatile: written on the FX thread, read on tile threads. */
    private static volatile TileSource source;

    private final ExecutorService executor = Executors.newFixedThreadPool(2, new TileThreads());

    /** For {@link java.util.ServiceLoader}. */
    public OfflineTileRetriever() {
    }

    /** Makes {@code tileSource} the source of every map tile from now on. */
    public static void install(TileSource tileSource) {
        source = Objects.requireNonNull(tileSource, "tileSource");
    }

    @Override
    public CompletableFuture<Image> loadTile(int zoom, long i, long j) {
        return CompletableFuture.supplyAsync(() -> image(zoom, i, j), executor);
    }

    private static Image image(int zoom, long i, long j) {
        TileSource current = source;
        if (current == null) {
            LOG.debug("No tile source installed; tile {}/{}/{} stays empty", zoom, i, j);
            return null;
        }
        try {
            byte[] png = current.tile(zoom, i, j);
            return png == null ? null : new Image(new ByteArrayInputStream(png));
        } catch (RuntimeException e) {
            LOG.warn("Tile {}/{}/{} failed: {}", zoom, i, j, e.toString());
            throw e;
        }
    }

    /** Daemon threads, so that tiles still rendering never keep the console from exiting. */
    private static final class TileThreads implements java.util.concurrent.ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "map-tiles-" + count.incrementAndGet());
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        }
    }
}
