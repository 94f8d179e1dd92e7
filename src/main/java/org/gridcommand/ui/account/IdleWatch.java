package org.gridcommand.ui.account;

import java.time.Clock;
import java.time.Instant;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.event.EventHandler;
import javafx.event.EventType;
import javafx.scene.Scene;
import javafx.scene.input.InputEvent;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.util.Duration;

/**
 * Notices that nobody has touched the console for a while: every key, click, mouse move or scroll on the watched
 * scene counts as activity; {@link #check()} (every few seconds on a timer, or called by a test that moves its
 * clock) runs {@code onIdle} once when the idle period has passed, until {@link #rearm()}. The clock is a seam:
 * the console passes the system clock, a test one it can move, so no test sleeps.
 */
public final class IdleWatch {
    private static final Duration CHECK_EVERY = Duration.seconds(5);
    private static final EventType<?>[] ACTIVITY = {KeyEvent.KEY_PRESSED, MouseEvent.MOUSE_MOVED,
        MouseEvent.MOUSE_PRESSED, MouseEvent.MOUSE_DRAGGED, ScrollEvent.SCROLL};

    private final Clock clock;
    private final int idleMinutes;
    private final Runnable onIdle;
    private final Timeline timer;
    private final EventHandler<InputEvent> touched = e -> activity();
    private Scene watched;
    private Instant lastActivity;
    private boolean armed = true;

    /** @param idleMinutes how long without activity before {@code onIdle}; zero or less: never */
    public IdleWatch(Clock clock, int idleMinutes, Runnable onIdle) {
        this.clock = clock;
        this.idleMinutes = idleMinutes;
        this.onIdle = onIdle;
        this.lastActivity = clock.instant();
        this.timer = new Timeline(new KeyFrame(CHECK_EVERY, e -> check()));
        timer.setCycleCount(Animation.INDEFINITE);
    }

    /** Counts input on {@code scene} as activity and starts checking. */
    @SuppressWarnings("unchecked")
    public void watch(Scene scene) {
        this.watched = scene;
        for (EventType<?> type : ACTIVITY) {
            scene.addEventFilter((EventType<InputEvent>) type, touched);
        }
        activity();
        timer.play();
    }

    /** Someone is at the console. */
    public void activity() {
        lastActivity = clock.instant();
    }

    /** Runs {@code onIdle} when the idle period has passed since the last activity (once, until rearmed). */
    public void check() {
        if (armed && idleMinutes > 0 && !clock.instant().isBefore(lastActivity.plusSeconds(idleMinutes * 60L))) {
            armed = false;
            onIdle.run();
        }
    }

    /** Watches again from now (after an unlock or a hand-over). */
    public void rearm() {
        armed = true;
        activity();
    }

    /** Stops the timer and releases the scene's filters. */
    @SuppressWarnings("unchecked")
    public void dispose() {
        timer.stop();
        if (watched != null) {
            for (EventType<?> type : ACTIVITY) {
                watched.removeEventFilter((EventType<InputEvent>) type, touched);
            }
        }
    }
}
