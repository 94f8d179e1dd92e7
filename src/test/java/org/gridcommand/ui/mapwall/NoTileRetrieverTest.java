package org.gridcommand.ui.mapwall;

import static org.assertj.core.api.Assertions.assertThat;

import com.gluonhq.maps.tile.TileRetriever;
import com.gluonhq.maps.tile.TileRetrieverProvider;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class NoTileRetrieverTest {
    @Test
    void gluon_finds_our_retriever_and_never_falls_back_to_online_tiles() {
        assertThat(ServiceLoader.load(TileRetriever.class).stream().map(ServiceLoader.Provider::type))
                .containsExactly(NoTileRetriever.class);
        assertThat(TileRetrieverProvider.getInstance().load()).isInstanceOf(NoTileRetriever.class);
    }

    @Test
    void gluons_own_tiles_are_empty_at_once_because_the_tile_layer_draws_the_base_map() {
        var tile = new NoTileRetriever().loadTile(14, 13_000, 6_000);
        assertThat(tile).isDone();
        assertThat(tile.getNow(null)).isNull();
    }
}
