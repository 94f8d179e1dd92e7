package org.gridcommand.ui.mapwall;

import static org.assertj.core.api.Assertions.assertThat;

import com.gluonhq.maps.tile.TileRetriever;
import com.gluonhq.maps.tile.TileRetrieverProvider;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.image.Image;
import org.gridcommand.geo.tiles.BaseMapRenderer;
import org.gridcommand.geo.tiles.TileSource;
import org.junit.jupiter.api.Test;

class OfflineTileRetrieverTest {
    @Test
    void gluon_finds_the_offline_retriever_and_never_falls_back_to_online_tiles() {
        assertThat(ServiceLoader.load(TileRetriever.class).stream().map(ServiceLoader.Provider::type))
                .containsExactly(OfflineTileRetriever.class);
        assertThat(TileRetrieverProvider.getInstance().load()).isInstanceOf(OfflineTileRetriever.class);
    }

    @Test
    void tiles_are_rendered_off_the_calling_thread_and_arrive_as_images() throws Exception {
        AtomicReference<Thread> renderThread = new AtomicReference<>();
        BaseMapRenderer renderer = new BaseMapRenderer(List.of());
        TileSource recording = (z, x, y) -> {
            renderThread.set(Thread.currentThread());
            return renderer.tile(z, x, y);
        };
        OfflineTileRetriever.install(recording);

        Image image = new OfflineTileRetriever().loadTile(14, 13_000, 6_000).get(10, TimeUnit.SECONDS);

        assertThat(image.getWidth()).isEqualTo(256);
        assertThat(image.isError()).isFalse();
        assertThat(renderThread.get()).isNotSameAs(Thread.currentThread());
        assertThat(renderThread.get().isDaemon()).isTrue();
    }

    @Test
    void a_source_without_the_tile_gives_an_empty_tile_not_an_error() throws Exception {
        OfflineTileRetriever.install((z, x, y) -> null);
        assertThat(new OfflineTileRetriever().loadTile(3, 1, 1).get(10, TimeUnit.SECONDS)).isNull();
    }
}
