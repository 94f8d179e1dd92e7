package org.gridcommand.ui.wall;

import java.util.concurrent.Callable;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.gridcommand.service.wall.WallFigures;
import org.gridcommand.ui.common.BackgroundTasks;

/** View-model of the wall's KPI tiles: the latest figures, refreshed in the background on request. */
public final class WallModel {
    private final Callable<WallFigures> source;
    private final BackgroundTasks tasks;
    private final ReadOnlyObjectWrapper<WallFigures> figures = new ReadOnlyObjectWrapper<>(this, "figures");
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private boolean loading;

    /** {@code source} reads the figures (a service call); it runs on the background executor only. */
    public WallModel(Callable<WallFigures> source, BackgroundTasks tasks) {
        this.source = source;
        this.tasks = tasks;
    }

    /** Reads the figures again unless a read is still running (a slow database must not pile up reads). */
    public void refresh() {
        if (loading) {
            return;
        }
        loading = true;
        tasks.run(source, f -> {
            loading = false;
            problem.set("");
            figures.set(f);
        }, e -> {
            loading = false;
            problem.set(e.getMessage() == null ? e.toString() : e.getMessage());
        });
    }

    /** The latest figures; null until the first read returns. */
    public ReadOnlyObjectProperty<WallFigures> figuresProperty() {
        return figures.getReadOnlyProperty();
    }

    /** Why the last read failed, or empty. The tiles keep their last figures meanwhile. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }
}
