package org.gridcommand.ui.imports;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.gridcommand.geo.tiles.MBTilesSource;
import org.gridcommand.geo.tiles.TileSource;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;

/**
 * Choosing the officer's own MBTiles base map in the console. The file is opened and checked off the FX thread (a
 * wrong file is refused with the reason and the map keeps showing what it showed), shown at once, and remembered
 * in the settings for the next start. "Built-in" switches back to the demo city's own map.
 */
public final class BaseMapModel {
    private final BackgroundTasks tasks;
    private final Consumer<String> remember;
    private final Messages words;
    private final ObjectProperty<TileSource> shown;
    private final Callable<TileSource> builtIn;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    /**
     * @param remember stores the chosen path (null: back to the built-in map) for the next start
     * @param current the MBTiles file in use now, or null for the built-in map
     * @param shown the map's tile source, replaced on a successful choice (the map wall's
     *        {@code tileSourceProperty})
     * @param builtIn makes the demo city's own base map (called off the FX thread: it reads the database)
     */
    public BaseMapModel(BackgroundTasks tasks, Consumer<String> remember, String current,
            ObjectProperty<TileSource> shown, Callable<TileSource> builtIn, Messages words) {
        this.tasks = tasks;
        this.remember = remember;
        this.shown = shown;
        this.builtIn = builtIn;
        this.words = words;
        status.set(current == null ? words.get("basemap.builtin") : words.get("basemap.current", current));
    }

    public void choose(Path file) {
        if (file == null) {
            return;
        }
        tasks.run(() -> {
            MBTilesSource opened = new MBTilesSource(file);
            remember.accept(file.toAbsolutePath().toString());
            return opened;
        }, opened -> {
            show(opened);
            status.set(words.get("basemap.chosen", opened.file().toAbsolutePath().toString()));
        }, e -> status.set(words.get("basemap.refused", e.getMessage())));
    }

    /** Back to the built-in demo map, now and at the next start. */
    public void useBuiltIn() {
        tasks.run(() -> {
            TileSource map = builtIn.call();
            remember.accept(null);
            return map;
        }, map -> {
            show(map);
            status.set(words.get("basemap.builtin.now"));
        }, e -> status.set(e.getMessage()));
    }

    /** Shows {@code next} and lets go of the file behind the previous map, if it was one. */
    private void show(TileSource next) {
        TileSource previous = shown.get();
        shown.set(next);
        if (previous instanceof MBTilesSource file && previous != next) {
            // closed off the FX thread (it is a database file); a tile still being read from it answers "none", and
            // the map has already moved on
            tasks.run(() -> {
                file.close();
                return file;
            }, closed -> { }, e -> { });
        }
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
