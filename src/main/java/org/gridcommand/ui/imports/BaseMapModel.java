package org.gridcommand.ui.imports;

import java.nio.file.Path;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.gridcommand.geo.tiles.MBTilesSource;
import org.gridcommand.ui.common.Messages;
import org.gridcommand.ui.common.BackgroundTasks;

/**
 * Choosing the officer's own MBTiles base map in the console. The file is checked (a wrong file is refused with
 * the reason) and remembered in the settings; it is used from the NEXT start: Gluon keeps the tiles it has shown
 * in its own memory cache, so switching live would show a patchwork of both maps.
 */
public final class BaseMapModel {
    private final BackgroundTasks tasks;
    private final Consumer<String> remember;
    private final Messages words;
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");

    /** {@code remember} stores the chosen path (null: back to the built-in map) for the next start. */
    public BaseMapModel(BackgroundTasks tasks, Consumer<String> remember, String current, Messages words) {
        this.tasks = tasks;
        this.remember = remember;
        this.words = words;
        status.set(current == null ? words.get("basemap.builtin") : words.get("basemap.current", current));
    }

    public void choose(Path file) {
        if (file == null) {
            return;
        }
        tasks.run(() -> {
            try (MBTilesSource checked = new MBTilesSource(file)) {
                remember.accept(file.toAbsolutePath().toString());
                return file.toAbsolutePath().toString();
            }
        }, path -> status.set(words.get("basemap.chosen", path)),
            e -> status.set(words.get("basemap.refused", e.getMessage())));
    }

    /** Back to the built-in demo map from the next start. */
    public void useBuiltIn() {
        tasks.run(() -> {
            remember.accept(null);
            return "";
        }, x -> status.set(words.get("basemap.builtin.next")), e -> status.set(e.getMessage()));
    }

    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }
}
