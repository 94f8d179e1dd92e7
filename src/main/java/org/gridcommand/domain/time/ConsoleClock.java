package org.gridcommand.domain.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;

/**
 * The application's clock: everything time-dependent (time limits, countdowns, the status bar, drills) reads
 * this one instance, never {@code Instant.now()}. By default it follows the system clock; a drill can
 * {@link #runAt(Instant, double) run it from another instant at another speed}.
 * <p>
 * Application time = anchor + (base now − base anchor) × speed. Thread-safe: the three fields change together.
 */
public final class ConsoleClock extends Clock {
    private record Timeline(Instant anchor, Instant baseAnchor, double speed) {
    }

    private final Clock base;
    private final ZoneId zone;
    private volatile Timeline timeline;

    /** A clock that follows {@code base} (usually the system clock) at normal speed. */
    public ConsoleClock(Clock base, ZoneId zone) {
        this.base = Objects.requireNonNull(base);
        this.zone = Objects.requireNonNull(zone);
        Instant now = base.instant();
        this.timeline = new Timeline(now, now, 1.0);
    }

    /** The system clock in Asia/Shanghai, the zone the console's users work in. */
    public static ConsoleClock system() {
        return new ConsoleClock(Clock.systemUTC(), ZoneId.of("Asia/Shanghai"));
    }

    /** From now on, application time starts at {@code start} and runs {@code speed} times faster than real time. */
    public synchronized void runAt(Instant start, double speed) {
        if (!(speed > 0)) {
            throw new IllegalArgumentException("clock speed must be positive, was " + speed);
        }
        timeline = new Timeline(start, base.instant(), speed);
    }

    /** Keeps the current application time but changes the speed. */
    public synchronized void setSpeed(double speed) {
        runAt(instant(), speed);
    }

    /**
     * Stops application time where it is (a drill paused for discussion): time limits and countdowns stand still
     * until {@link #runAt} or {@link #setSpeed} starts it again.
     */
    public synchronized void freeze() {
        stopAt(instant());
    }

    /** Application time becomes {@code at} and stands still there (a drill moving from one moment to the next). */
    public synchronized void stopAt(Instant at) {
        timeline = new Timeline(at, base.instant(), 0.0);
    }

    /** True while {@link #freeze() frozen}. */
    public boolean frozen() {
        return timeline.speed() == 0.0;
    }

    /** Back to real time at normal speed. */
    public synchronized void reset() {
        Instant now = base.instant();
        timeline = new Timeline(now, now, 1.0);
    }

    public double speed() {
        return timeline.speed();
    }

    @Override
    public Instant instant() {
        Timeline t = timeline;
        if (t.speed() == 1.0 && t.anchor().equals(t.baseAnchor())) {
            return base.instant();
        }
        long elapsedNanos = Duration.between(t.baseAnchor(), base.instant()).toNanos();
        return t.anchor().plusNanos((long) (elapsedNanos * t.speed()));
    }

    @Override
    public ZoneId getZone() {
        return zone;
    }

    /** A view of this clock in another zone; it shares the timeline. */
    @Override
    public Clock withZone(ZoneId otherZone) {
        ConsoleClock self = this;
        return new Clock() {
            @Override
            public ZoneId getZone() {
                return otherZone;
            }

            @Override
            public Clock withZone(ZoneId z) {
                return self.withZone(z);
            }

            @Override
            public Instant instant() {
                return self.instant();
            }
        };
    }
}
