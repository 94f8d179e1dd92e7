package org.gridcommand.ui.mapwall;

import java.util.concurrent.LinkedBlockingDeque;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The map's own two background threads, one pair per map view: they read and decode base-map tiles and prepare the
 * boundary outlines, pixel and geometry work that must stay off the FX thread and must not queue behind the
 * console's database work in {@link org.gridcommand.ui.common.BackgroundTasks}. One of the named places allowed to
 * start threads (see docs/architecture.md, "Threading").
 *
 * <p>The newest work runs first: a fast flight across the city wants what is on screen now, not the backlog of where
 * it was. Results go back to the FX thread through {@code Platform.runLater}, as the callers do.
 */
final class MapWorkers {
    private final ThreadPoolExecutor pool = new ThreadPoolExecutor(2, 2, 30, TimeUnit.SECONDS, new NewestFirst(),
            new DaemonThreads());

    MapWorkers() {
        // idle for half a minute, the threads end; a map left alone costs nothing
        pool.allowCoreThreadTimeOut(true);
    }

    /** Runs {@code work} on one of the map's threads; once the view is closed, nothing runs any more. */
    void execute(Runnable work) {
        try {
            pool.execute(work);
        } catch (RejectedExecutionException e) {
            // the view was closed while a tile or an outline was still being asked for: nobody needs it now
        }
    }

    /** True when no map work is queued or running: what was asked for is on its way to the FX thread or drawn. */
    boolean idle() {
        return pool.getActiveCount() == 0 && pool.getQueue().isEmpty();
    }

    /** Stops the threads; the view is closed. */
    void shutdown() {
        pool.shutdownNow();
    }

    /** A work queue that hands out the newest request first. */
    private static final class NewestFirst extends LinkedBlockingDeque<Runnable> {
        @Override
        public boolean offer(Runnable r) {
            return offerFirst(r);
        }
    }

    /** Daemon threads below normal priority: map work never keeps the console from exiting or the FX thread waiting. */
    private static final class DaemonThreads implements ThreadFactory {
        private final AtomicInteger count = new AtomicInteger();

        @Override
        public Thread newThread(Runnable r) {
            Thread t = new Thread(r, "map-worker-" + count.incrementAndGet());
            t.setDaemon(true);
            t.setPriority(Thread.NORM_PRIORITY - 1);
            return t;
        }
    }
}
