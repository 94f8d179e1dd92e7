package org.gridcommand.ui.common;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The one seam between the FX thread and the services: work runs on the background executor, results come
 * back on the FX executor. Views and view-models never call a service any other way, so the FX thread never
 * waits on the database. Tests pass {@link Runnable#run} for both executors to make it deterministic. It also makes
 * the console's background executor ({@link #newBackgroundExecutor()}): one of the few named places that may start
 * threads (docs/architecture.md, "Threading"; checked by ArchUnit).
 */
public final class BackgroundTasks {
    private final Executor background;
    private final Executor fx;

    public BackgroundTasks(Executor background, Executor fx) {
        this.background = Objects.requireNonNull(background);
        this.fx = Objects.requireNonNull(fx);
    }

    /**
     * The console's background executor: two daemon threads (a query and a save may run side by side; more would
     * only compete for two cores and the connection pool). Its creator shuts it down when the console closes.
     */
    public static ThreadPoolExecutor newBackgroundExecutor() {
        AtomicInteger n = new AtomicInteger();
        return new ThreadPoolExecutor(2, 2, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), work -> {
            Thread t = new Thread(work, "gridcommand-worker-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    /** Background work on {@code background}, results through {@link Platform#runLater}. */
    public static BackgroundTasks withFxThread(Executor background) {
        return new BackgroundTasks(background, Platform::runLater);
    }

    /** Runs {@code work} in the background and hands its result (or failure) to the FX thread. */
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onError) {
        try {
            submit(work, onSuccess, onError);
        } catch (RejectedExecutionException e) {
            // the console is shutting down: a timer fired after the executor stopped; nothing to do any more
        }
    }

    private <T> void submit(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onError) {
        background.execute(() -> {
            T result;
            try {
                result = work.call();
            } catch (Throwable t) {
                fx.execute(() -> onError.accept(t));
                return;
            }
            fx.execute(() -> onSuccess.accept(result));
        });
    }

    /** Runs {@code action} on the FX thread (used to hop back from other callbacks, e.g. progress). */
    public void onFx(Runnable action) {
        fx.execute(action);
    }
}
