package org.gridcommand.ui.common;

import java.util.Objects;
import java.util.concurrent.Callable;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import javafx.application.Platform;

/**
 * The one seam between the FX thread and the services: work runs on the background executor, results come
 * back on the FX executor. Views and view-models never call a service any other way, so the FX thread never
 * waits on the database. Tests pass {@link Runnable#run} for both executors to make it deterministic.
 */
public final class BackgroundTasks {
    private final Executor background;
    private final Executor fx;

    public BackgroundTasks(Executor background, Executor fx) {
        this.background = Objects.requireNonNull(background);
        this.fx = Objects.requireNonNull(fx);
    }

    /** Background work on {@code background}, results through {@link Platform#runLater}. */
    public static BackgroundTasks withFxThread(Executor background) {
        return new BackgroundTasks(background, Platform::runLater);
    }

    /** Runs {@code work} in the background and hands its result (or failure) to the FX thread. */
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<? super Throwable> onError) {
        try {
            submit(work, onSuccess, onError);
        } catch (java.util.concurrent.RejectedExecutionException e) {
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
