package org.gridcommand.domain.drill;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.gridcommand.domain.time.ConsoleClock;

/**
 * The trainer's controls over the console's application clock during a drill: start at the scenario's start,
 * pause for discussion, resume, change speed, jump to the next inject. Everything that reads the application
 * clock (time limits, countdowns, sensor feeds, triggers) follows it; {@link #end()} gives real time back.
 */
public final class DrillClock {
    public enum State { READY, RUNNING, PAUSED, ENDED }

    private final ConsoleClock clock;
    private final Instant scenarioStart;
    private DrillSpeed speed = DrillSpeed.X1;
    private State state = State.READY;

    public DrillClock(ConsoleClock clock, Instant scenarioStart) {
        this.clock = Objects.requireNonNull(clock);
        this.scenarioStart = Objects.requireNonNull(scenarioStart);
    }

    /** Application time becomes the scenario start (T+00:00) and runs at {@code speed}. */
    public synchronized void start(DrillSpeed startSpeed) {
        requireState(State.READY);
        speed = startSpeed;
        clock.runAt(scenarioStart, speed.factor());
        state = State.RUNNING;
    }

    public synchronized void pause() {
        requireState(State.RUNNING);
        clock.freeze();
        state = State.PAUSED;
    }

    public synchronized void resume() {
        requireState(State.PAUSED);
        clock.runAt(clock.instant(), speed.factor());
        state = State.RUNNING;
    }

    /** The new speed applies at once when running, and from the resume when paused. */
    public synchronized void setSpeed(DrillSpeed newSpeed) {
        speed = Objects.requireNonNull(newSpeed);
        if (state == State.RUNNING) {
            clock.setSpeed(speed.factor());
        }
    }

    /**
     * Moves the clock forward to the first of {@code injectTimes} (scenario offsets) still ahead, keeping the
     * clock running or paused as it was.
     *
     * @return the offset jumped to, or empty when no inject is ahead
     */
    public synchronized Optional<Duration> jumpToNext(List<Duration> injectTimes) {
        if (state != State.RUNNING && state != State.PAUSED) {
            throw new IllegalStateException("the drill clock is " + state);
        }
        Duration now = elapsed();
        Optional<Duration> next = injectTimes.stream().filter(t -> t.compareTo(now) > 0).min(Duration::compareTo);
        next.ifPresent(t -> {
            if (state == State.PAUSED) {
                clock.stopAt(scenarioStart.plus(t));
            } else {
                clock.runAt(scenarioStart.plus(t), speed.factor());
            }
        });
        return next;
    }

    /** Real time again, at normal speed. */
    public synchronized void end() {
        clock.reset();
        state = State.ENDED;
    }

    /** Scenario time now (T+…). Before the start it is zero. */
    public Duration elapsed() {
        if (state == State.READY) {
            return Duration.ZERO;
        }
        return Duration.between(scenarioStart, clock.instant());
    }

    public Instant now() {
        return clock.instant();
    }

    public synchronized State state() {
        return state;
    }

    public synchronized DrillSpeed speed() {
        return speed;
    }

    private void requireState(State expected) {
        if (state != expected) {
            throw new IllegalStateException("the drill clock is " + state + ", not " + expected);
        }
    }
}
