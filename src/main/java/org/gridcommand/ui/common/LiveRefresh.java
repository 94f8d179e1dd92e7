package org.gridcommand.ui.common;

import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.util.Duration;

/**
 * How a panel stays current with the database: run on every poll period while the console has to poll, or at once
 * when the database says another console changed something ({@link #now()}), with the timer stopped while those
 * signals arrive ({@link #following(boolean)}). FX thread only.
 */
public final class LiveRefresh {
    private final Timeline poller;
    private final Runnable refresh;
    private boolean disposed;

    /** Starts polling every {@code period}. */
    public LiveRefresh(Duration period, Runnable refresh) {
        this.refresh = refresh;
        this.poller = new Timeline(new KeyFrame(period, e -> refresh.run()));
        poller.setCycleCount(Animation.INDEFINITE);
        poller.play();
    }

    /** Refreshes now (another console's change has committed). */
    public void now() {
        if (!disposed) {
            refresh.run();
        }
    }

    /**
     * {@code true}: changes are announced as they commit, the timer stops; {@code false}: back to polling, with one
     * refresh at once for what may have been missed meanwhile.
     */
    public void following(boolean announced) {
        if (disposed) {
            return;
        }
        if (announced) {
            poller.stop();
        } else if (poller.getStatus() != Animation.Status.RUNNING) {
            poller.play();
            refresh.run();
        }
    }

    /** True while the timer polls. */
    public boolean polling() {
        return poller.getStatus() == Animation.Status.RUNNING;
    }

    public void stop() {
        disposed = true;
        poller.stop();
    }
}
