package org.gridcommand.ui.wall;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.function.LongSupplier;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import org.gridcommand.service.wall.MonthAtAGlance;
import org.gridcommand.ui.common.BackgroundTasks;

/**
 * View-model of the wall's assessment tiles. A month's figures move slowly and take a few database reads, so a
 * refresh asked more often than {@link #EVERY} is skipped (the wall asks every 15 seconds for its live counts).
 */
public final class MonthModel {
    static final Duration EVERY = Duration.ofMinutes(5);

    private final Callable<MonthAtAGlance> source;
    private final BackgroundTasks tasks;
    private final LongSupplier nanoTime;
    private final ReadOnlyObjectWrapper<MonthAtAGlance> figures = new ReadOnlyObjectWrapper<>(this, "figures");
    private boolean loading;
    private long loadedAt;

    public MonthModel(Callable<MonthAtAGlance> source, BackgroundTasks tasks) {
        this(source, tasks, System::nanoTime);
    }

    MonthModel(Callable<MonthAtAGlance> source, BackgroundTasks tasks, LongSupplier nanoTime) {
        this.source = source;
        this.tasks = tasks;
        this.nanoTime = nanoTime;
    }

    /** Reads the figures again if the last read is older than {@link #EVERY} (or {@code now} is true). */
    public void refresh(boolean now) {
        boolean fresh = figures.get() != null && nanoTime.getAsLong() - loadedAt < EVERY.toNanos();
        if (loading || (fresh && !now)) {
            return;
        }
        loading = true;
        tasks.run(source, f -> {
            loading = false;
            loadedAt = nanoTime.getAsLong();
            figures.set(f);
        }, e -> loading = false);
    }

    public ReadOnlyObjectProperty<MonthAtAGlance> figuresProperty() {
        return figures.getReadOnlyProperty();
    }
}
