package org.gridcommand.geo.tiles;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicInteger;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TileCacheTest {
    @TempDir
    Path dir;

    private final AtomicInteger renders = new AtomicInteger();
    private final TileSource renderer = (z, x, y) -> {
        renders.incrementAndGet();
        return png(Color.BLUE);
    };

    @Test
    void a_tile_is_rendered_once_and_then_read_from_disk() {
        TileCache cache = new TileCache(dir, renderer);
        byte[] first = cache.tile(15, 27000, 13000);
        byte[] second = cache.tile(15, 27000, 13000);
        assertThat(second).isEqualTo(first);
        assertThat(renders).hasValue(1);
        assertThat(cache.file(15, 27000, 13000)).exists();
    }

    @Test
    void a_corrupt_cached_tile_is_rendered_again_and_replaced() throws IOException {
        TileCache cache = new TileCache(dir, renderer);
        Path file = cache.file(12, 3, 4);
        Files.createDirectories(file.getParent());
        byte[] good = png(Color.BLUE);
        // a file cut short, as a crash or a full disk leaves it
        Files.write(file, Arrays.copyOf(good, good.length / 2));

        byte[] tile = cache.tile(12, 3, 4);

        assertThat(tile).isEqualTo(good);
        assertThat(renders).hasValue(1);
        assertThat(Files.readAllBytes(file)).isEqualTo(good);
    }

    @Test
    void an_unreadable_cache_entry_falls_back_to_rendering() throws IOException {
        TileCache cache = new TileCache(dir, renderer);
        // a folder where the tile file should be: cannot be read, cannot be replaced
        Files.createDirectories(cache.file(12, 5, 6));
        assertThat(cache.tile(12, 5, 6)).isEqualTo(png(Color.BLUE));
        assertThat(renders).hasValue(1);
    }

    @Test
    void a_source_without_the_tile_caches_nothing() {
        TileCache cache = new TileCache(dir, (z, x, y) -> null);
        assertThat(cache.tile(3, 1, 1)).isNull();
        assertThat(cache.file(3, 1, 1)).doesNotExist();
    }

    static byte[] png(Color color) {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        image.setRGB(0, 0, color.getRGB());
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return out.toByteArray();
    }
}
