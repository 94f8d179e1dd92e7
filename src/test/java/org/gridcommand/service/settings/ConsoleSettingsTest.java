package org.gridcommand.service.settings;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConsoleSettingsTest {
    @TempDir
    Path dataFolder;

    @Test
    void the_map_an_officer_left_is_the_map_he_finds_after_a_restart() {
        ConsoleSettings before = ConsoleSettings.forUser(dataFolder, "王 值班员");
        assertThat(before.loadMap()).isEmpty();
        before.saveMap(new MapState(120.2, 30.25, 15.5, Map.of("GRID", true, "MICRO_GRID", false, "cameras", true),
                null));

        ConsoleSettings after = ConsoleSettings.forUser(dataFolder, "王 值班员");
        MapState state = after.loadMap().orElseThrow();
        assertThat(state.centreLon()).isEqualTo(120.2);
        assertThat(state.centreLat()).isEqualTo(30.25);
        assertThat(state.zoom()).isEqualTo(15.5);
        assertThat(state.layers()).isEqualTo(Map.of("GRID", true, "MICRO_GRID", false, "cameras", true));
        assertThat(after.file().getFileName().toString()).isEqualTo("console-王_值班员.properties");
    }

    @Test
    void each_officer_has_his_own_map() {
        ConsoleSettings.forUser(dataFolder, "a").saveMap(new MapState(1, 2, 3, Map.of(), null));
        assertThat(ConsoleSettings.forUser(dataFolder, "b").loadMap()).isEmpty();
    }

    @Test
    void a_base_map_chosen_in_the_console_survives_later_saves_of_the_map() {
        ConsoleSettings settings = ConsoleSettings.forUser(dataFolder, "a");
        settings.setBaseMapFile("/maps/city.mbtiles");
        settings.saveMap(new MapState(1, 2, 3, Map.of("basemap", true), null));
        assertThat(settings.baseMapFile()).isEqualTo("/maps/city.mbtiles");
        assertThat(settings.loadMap().orElseThrow().baseMapFile()).isEqualTo("/maps/city.mbtiles");
        settings.setBaseMapFile(null);
        assertThat(settings.baseMapFile()).isNull();
    }

    @Test
    void a_damaged_settings_file_means_a_fresh_map_not_a_console_that_cannot_start() throws Exception {
        ConsoleSettings settings = ConsoleSettings.forUser(dataFolder, "a");
        Files.createDirectories(settings.file().getParent());
        Files.writeString(settings.file(), "map.zoom=banana\nmap.centre.lon=1\n");
        assertThat(settings.loadMap()).isEmpty();
        Files.writeString(settings.file(), "map.zoom=12\nmap.centre.lon=\\u00");
        assertThat(settings.loadMap()).isEmpty();
    }
}
