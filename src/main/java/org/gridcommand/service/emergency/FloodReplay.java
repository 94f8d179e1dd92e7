package org.gridcommand.service.emergency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import org.gridcommand.domain.device.SensorKind;

/**
 * The demo's flood (回放汛情): the river's gauges rise past their warning lines and stay there, so that the flood
 * plans' triggers hold and the commander sees a suggestion to activate. It is an exercise: the readings go only
 * into this console's {@link SensorFeed} as exercise readings — nothing is written to the database, no live sensor
 * changes state — and the suggestions they cause are marked as exercise. The feed is a recorded one: its readings
 * cover the last {@link #SPAN} before the clock's present, delivered at once or paced by the caller, so the story
 * does not take the 30 minutes a "FOR 30m" trigger needs. {@link #rise(int)} gives the same levels for a caller who
 * moves the clock itself (a drill, a test).
 */
public final class FloodReplay {
    /** Readings every five minutes. */
    public static final Duration STEP = Duration.ofMinutes(5);
    /** Shorter than 60 minutes so that the 60-minute typhoon triggers stay quiet: this is a river flood. */
    public static final Duration SPAN = STEP.multipliedBy(9);
    /** Metres above each gauge's warning line, one per step: crosses it in the first quarter hour, then holds. */
    private static final double[] ABOVE_WARNING = {-0.9, -0.3, 0.2, 0.55, 0.6, 0.65, 0.7, 0.75, 0.8, 0.8};
    /** The demo city's plans trigger at absolute levels (e.g. 5.0 m for level III); never stay below them. */
    private static final double[] AT_LEAST = {3.6, 4.2, 4.7, 5.05, 5.1, 5.15, 5.2, 5.25, 5.3, 5.3};

    private final SensorFeed feed;
    private final Clock clock;

    public FloodReplay(SensorFeed feed, Clock clock) {
        this.feed = feed;
        this.clock = clock;
    }

    /** One reading of the replay. */
    public record Reading(String gaugeCode, String gaugeName, double value, Instant at) {
    }

    /** The river's gauges that the replay raises: the water-level sensors on the river, at most {@code max}. */
    public List<SensorFeed.Gauge> riverGauges(int max) {
        List<SensorFeed.Gauge> all = feed.gauges(SensorKind.WATER_LEVEL);
        // lake gauges are named after their lake; the river's are numbered stations (…号水位站)
        List<SensorFeed.Gauge> river = all.stream().filter(g -> g.name().contains("号")).toList();
        List<SensorFeed.Gauge> chosen = river.isEmpty() ? all : river;
        return chosen.stream().sorted(Comparator.comparing(SensorFeed.Gauge::code)).limit(max).toList();
    }

    /** The level of gauge {@code g} at step {@code step} (0 … {@link #steps()} − 1). */
    public static double level(SensorFeed.Gauge g, int step) {
        return Math.round(Math.max(AT_LEAST[step], g.warning() + ABOVE_WARNING[step]) * 100) / 100.0;
    }

    public static int steps() {
        return ABOVE_WARNING.length;
    }

    /**
     * Replays the recorded rise at up to {@code gauges} river gauges: readings from {@link #SPAN} ago up to now on
     * the clock, oldest first, each kept in the sensor feed as an exercise reading, {@code afterEach} called after each
     * (to pace
     * or show progress; it runs on the caller's thread).
     *
     * @return the readings recorded
     * @throws IllegalStateException when the city has no water-level gauge
     */
    public List<Reading> replay(int gauges, Consumer<Reading> afterEach) {
        List<SensorFeed.Gauge> chosen = riverGauges(gauges);
        if (chosen.isEmpty()) {
            throw new IllegalStateException("this city has no water-level gauge to replay a flood on");
        }
        Instant end = clock.instant();
        List<Reading> done = new ArrayList<>();
        for (int step = 0; step < steps(); step++) {
            Instant at = end.minus(SPAN).plus(STEP.multipliedBy(step));
            for (SensorFeed.Gauge g : chosen) {
                Reading r = new Reading(g.code(), g.name(), level(g, step), at);
                feed.recordExercise(r.gaugeCode(), r.value(), r.at());
                done.add(r);
                afterEach.accept(r);
            }
        }
        return done;
    }

    /**
     * Keeps the level of step {@code step} at every chosen gauge at the clock's present, as exercise readings: for a
     * caller that moves the clock {@link #STEP} between calls.
     */
    public List<Reading> rise(int step, int gauges) {
        Instant now = clock.instant();
        List<Reading> done = new ArrayList<>();
        for (SensorFeed.Gauge g : riverGauges(gauges)) {
            Reading r = new Reading(g.code(), g.name(), level(g, Math.min(step, steps() - 1)), now);
            feed.recordExercise(r.gaugeCode(), r.value(), r.at());
            done.add(r);
        }
        return done;
    }
}
