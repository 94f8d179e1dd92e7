package org.gridcommand.ui.mapwall;

import com.gluonhq.maps.tile.TileRetriever;
import java.util.concurrent.CompletableFuture;
import javafx.scene.image.Image;

/**
 * Gluon Maps' tile supplier, registered in {@code META-INF/services/com.gluonhq.maps.tile.TileRetriever}: every tile
 * is empty, at once. Without a registered supplier Gluon would fetch OpenStreetMap tiles over the network; and the
 * base map is drawn by our {@link TileLayer}, not by Gluon's tile nodes (ADR 0013), so they must cost nothing.
 */
public final class NoTileRetriever implements TileRetriever {
    private static final CompletableFuture<Image> EMPTY = CompletableFuture.completedFuture(null);

    /** For {@link java.util.ServiceLoader}. */
    public NoTileRetriever() {
    }

    @Override
    public CompletableFuture<Image> loadTile(int zoom, long i, long j) {
        return EMPTY;
    }
}
