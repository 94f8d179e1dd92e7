package org.gridcommand.service.emergency;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridcommand.domain.device.Sensor;
import org.gridcommand.domain.device.SensorKind;
import org.gridcommand.domain.device.SensorState;
import org.gridcommand.store.Database;
import org.locationtech.jts.geom.Point;

/**
 * The sensor feed as the triggers see it. The database keeps only each sensor's latest reading; a trigger such as
 * {@code WATER_LEVEL >= 5.0 FOR 30m} needs the run of readings behind it, so this feed also keeps the readings it
 * received in the last {@link #KEEP} in memory.
 * <p>
 * Exercise readings ({@link #recordExercise}, the flood replay) live only in this feed, in this console: they are
 * never written to the database, so the map, the other consoles and the live sensor states never see them, and the
 * suggestions they cause are marked as exercise. Thread-safe.
 */
public final class SensorFeed {
    /** How far back readings are kept for "held for" conditions (longer than any plan's FOR). */
    public static final Duration KEEP = Duration.ofHours(6);

    private final Database database;
    private final Clock clock;
    private final Map<String, Deque<SensorReading>> series = new HashMap<>();

    public SensorFeed(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** A sensor of the feed: where it is and what it read last. */
    public record Gauge(String code, String name, SensorKind kind, double lon, double lat, double warning,
                        double alarm, Double lastValue) {
    }

    /**
     * Records one reading of sensor {@code code} taken at {@code at}: stores it as the sensor's latest value and
     * state (unless an even later reading is stored already) and keeps it for the triggers.
     *
     * @return the state the reading puts the sensor in
     * @throws IllegalArgumentException when there is no sensor with that code
     */
    public SensorState record(String code, double value, Instant at) {
        SensorState[] state = new SensorState[1];
        SensorReading reading = database.transact(s -> {
            Sensor sensor = s.createSelectionQuery("from Sensor where code = :c", Sensor.class)
                    .setParameter("c", code).uniqueResult();
            if (sensor == null) {
                throw new IllegalArgumentException("no sensor with code " + code);
            }
            if (sensor.getLastReadingAt() == null || !at.isBefore(sensor.getLastReadingAt())) {
                sensor.record(value, at);
            }
            state[0] = SensorState.of(value, sensor.getWarningThreshold(), sensor.getAlarmThreshold());
            Point p = sensor.getLocation();
            return new SensorReading(code, sensor.getKind(), p.getX(), p.getY(), value, at, false);
        });
        keep(reading);
        return state[0];
    }

    /**
     * Records a made-up reading for an exercise: kept in this feed only (nothing is stored), marked as exercise.
     *
     * @return the state the reading would put the sensor in
     * @throws IllegalArgumentException when there is no sensor with that code
     */
    public SensorState recordExercise(String code, double value, Instant at) {
        Sensor sensor = database.transact(s -> s.createSelectionQuery("from Sensor where code = :c", Sensor.class)
                .setParameter("c", code).uniqueResult());
        if (sensor == null || sensor.getLocation() == null) {
            throw new IllegalArgumentException("no sensor with code " + code + " and a position");
        }
        Point p = sensor.getLocation();
        keep(new SensorReading(code, sensor.getKind(), p.getX(), p.getY(), value, at, true));
        return SensorState.of(value, sensor.getWarningThreshold(), sensor.getAlarmThreshold());
    }

    /** Forgets every exercise reading (the exercise is over); live readings stay. */
    public void clearExercise() {
        synchronized (series) {
            series.values().forEach(q -> q.removeIf(SensorReading::exercise));
            series.values().removeIf(Deque::isEmpty);
        }
    }

    /** True while exercise readings are kept. */
    public boolean hasExercise() {
        synchronized (series) {
            return series.values().stream().anyMatch(q -> q.stream().anyMatch(SensorReading::exercise));
        }
    }

    private void keep(SensorReading reading) {
        String code = reading.sensorCode();
        synchronized (series) {
            Deque<SensorReading> kept = series.computeIfAbsent(code, k -> new ArrayDeque<>());
            kept.addLast(reading);
            Instant oldest = clock.instant().minus(KEEP);
            while (!kept.isEmpty() && kept.peekFirst().at().isBefore(oldest)) {
                kept.removeFirst();
            }
        }
    }

    /**
     * Every reading the triggers should look at: the kept series of each sensor that has one, and the latest
     * stored reading of every other sensor.
     */
    public List<SensorReading> readings() {
        List<SensorReading> out = new ArrayList<>();
        Map<String, List<SensorReading>> kept = new HashMap<>();
        synchronized (series) {
            series.forEach((code, q) -> kept.put(code, List.copyOf(q)));
        }
        kept.values().forEach(out::addAll);
        List<Object[]> latest = database.transact(s -> s.createSelectionQuery("select code, kind, location, "
                + "lastValue, lastReadingAt from Sensor where lastValue is not null and lastReadingAt is not null "
                + "and location is not null", Object[].class).getResultList());
        for (Object[] r : latest) {
            String code = (String) r[0];
            List<SensorReading> series = kept.get(code);
            Instant at = (Instant) r[4];
            // a reading stored by another channel (an alarm intake) after the kept ones counts too
            if (series == null || series.isEmpty() || at.isAfter(series.get(series.size() - 1).at())) {
                Point p = (Point) r[2];
                out.add(new SensorReading(code, (SensorKind) r[1], p.getX(), p.getY(), (Double) r[3], at, false));
            }
        }
        return out;
    }

    /** The sensors of one kind with their positions and thresholds, by code. */
    public List<Gauge> gauges(SensorKind kind) {
        return database.transact(s -> s.createSelectionQuery("from Sensor where kind = :k and location is not null "
                + "order by code", Sensor.class).setParameter("k", kind).getResultList().stream()
                .map(x -> new Gauge(x.getCode(), x.getName(), x.getKind(), x.getLocation().getX(),
                        x.getLocation().getY(), x.getWarningThreshold(), x.getAlarmThreshold(), x.getLastValue()))
                .toList());
    }
}
