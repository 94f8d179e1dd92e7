package org.gridcommand.ui.imports;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.gridcommand.geo.tiles.MBTilesSource;
import org.gridcommand.geo.tiles.TileSource;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An officer switches the base map in the console: it shows at once, a wrong file changes nothing. */
class BaseMapModelTest {
    private static final Path DEMO_MBTILES = Path.of("maps/minghu-demo-z10-14.mbtiles");

    private final TileSource builtIn = (z, x, y) -> null;
    private final ObjectProperty<TileSource> shown = new SimpleObjectProperty<>(builtIn);
    private final List<String> remembered = new ArrayList<>();
    private final Messages words = new Messages(Locale.SIMPLIFIED_CHINESE)
            .forFeature("org.gridcommand.ui.imports.messages");
    private final BaseMapModel model = new BaseMapModel(new BackgroundTasks(Runnable::run, Runnable::run),
            remembered::add, null, shown, () -> builtIn, words);

    @Test
    void a_chosen_mbtiles_file_is_shown_at_once_and_remembered_for_the_next_start() {
        model.choose(DEMO_MBTILES);

        assertThat(shown.get()).isInstanceOf(MBTilesSource.class);
        assertThat(shown.get().tile(12, 3415, 1686)).as("a tile of the demo city at z12").isNotNull();
        assertThat(remembered).containsExactly(DEMO_MBTILES.toAbsolutePath().toString());
        assertThat(model.statusProperty().get()).contains("已切换到");
    }

    @Test
    void a_file_that_is_not_mbtiles_is_refused_with_the_reason_and_the_map_stays(@TempDir Path dir) throws Exception {
        Path notMbtiles = dir.resolve("底图.mbtiles");
        Files.writeString(notMbtiles, "这不是 SQLite 文件", StandardCharsets.UTF_8);

        model.choose(notMbtiles);

        assertThat(shown.get()).isSameAs(builtIn);
        assertThat(remembered).isEmpty();
        assertThat(model.statusProperty().get()).startsWith("无法使用该文件").contains("MBTiles");
    }

    @Test
    void back_to_the_built_in_map_shows_it_and_lets_go_of_the_file() {
        model.choose(DEMO_MBTILES);
        TileSource file = shown.get();

        model.useBuiltIn();

        assertThat(shown.get()).isSameAs(builtIn);
        assertThat(remembered).containsExactly(DEMO_MBTILES.toAbsolutePath().toString(), null);
        assertThat(file.tile(12, 3415, 1686)).as("the closed file answers nothing, without failing").isNull();
    }
}
