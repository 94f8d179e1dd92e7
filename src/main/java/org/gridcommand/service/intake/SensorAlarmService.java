package org.gridcommand.service.intake;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.gridcommand.domain.device.Sensor;
import org.gridcommand.domain.device.SensorState;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.EventStep;
import org.gridcommand.domain.event.Phrase;
import org.gridcommand.domain.event.Urgency;
import org.gridcommand.service.event.EventService;
import org.gridcommand.service.event.EventWords;
import org.gridcommand.service.event.IntakeReport;
import org.gridcommand.service.event.IntakeResult;
import org.gridcommand.service.event.StepParams;
import org.gridcommand.store.Database;
import org.gridcommand.store.event.HistoryLine;
import org.gridcommand.store.event.HistoryWriter;

/**
 * 物联感知: records sensor readings and raises alarm events by rule. A reading at or above the sensor's alarm
 * threshold raises one event (channel SENSOR, urgent, at the sensor's place); further alarms from the same sensor
 * while that event is open add a history note to it instead of flooding the queue. The alarm event's external id
 * is {@code CODE@epochMillis} of its first reading, so a re-sent first alarm is recognised too.
 */
public final class SensorAlarmService {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("MM-dd HH:mm:ss");
    private static final List<EventState> CLOSED = List.of(EventState.CLOSED, EventState.MERGED, EventState.CANCELLED);

    private final Database db;
    private final Clock clock;
    private final EventService events;
    private final SensorAlarmRules rules;
    private final HistoryWriter history;

    public SensorAlarmService(Database db, Clock clock, EventService events, SensorAlarmRules rules) {
        this.db = db;
        this.history = new HistoryWriter(db.ids());
        this.clock = clock;
        this.events = events;
        this.rules = rules;
    }

    private record Step(SensorReadingResult done, Sensor alarmingSensor) {
    }

    /**
     * Updates the sensor's last reading and state, and for an alarm raises or updates its alarm event. Everything
     * is committed when this returns. Serialised: two alarms of one sensor can never raise two events.
     *
     * @throws UnknownSensorException when no sensor has the code
     * @throws BadRequestException     when the value is not a finite number ("Infinity" must never raise an alarm)
     */
    public synchronized SensorReadingResult record(SensorReading reading) {
        if (!Double.isFinite(reading.value())) {
            throw new BadRequestException("value must be a finite number, was " + reading.value());
        }
        Instant at = reading.at() == null ? clock.instant() : reading.at();
        Step step = db.transact(s -> {
            Sensor sensor = s.createSelectionQuery("from Sensor x where x.code = :c", Sensor.class)
                    .setParameter("c", reading.sensorCode()).getResultStream().findFirst()
                    .orElseThrow(() -> new UnknownSensorException(reading.sensorCode()));
            SensorState state = sensor.record(reading.value(), at);
            if (state != SensorState.ALARM) {
                return new Step(new SensorReadingResult(sensor.getCode(), state, null, null, false), null);
            }
            Event open = s.createSelectionQuery("from Event e where e.channel = :ch and e.externalId like :p escape '!'"
                            + " and e.state not in :closed order by e.id desc", Event.class)
                    .setParameter("ch", Channel.SENSOR).setParameter("p", escape(sensor.getCode()) + "@%")
                    .setParameter("closed", CLOSED).setMaxResults(1).getResultStream().findFirst().orElse(null);
            if (open == null) {
                return new Step(null, sensor);
            }
            history.append(s, new HistoryLine(open.getId(), clock.instant(), sensor.getName(), EventStep.NOTE,
                    open.getState(), open.getState(), null, null,
                    StepParams.of("said", reading(sensor, reading.value(), at, "line.alarmAgain")).json()));
            return new Step(new SensorReadingResult(sensor.getCode(), state, open.getId(), open.getNumber(), false),
                    null);
        });
        if (step.done() != null) {
            return step.done();
        }
        Sensor sensor = step.alarmingSensor();
        // the title and description are kept in Chinese (exports, search); each console words the alarm itself
        Phrase alarm = reading(sensor, reading.value(), at, "sensorAlarm");
        EventWords chinese = new EventWords(Locale.SIMPLIFIED_CHINESE);
        IntakeResult result = events.intake(new IntakeReport(Channel.SENSOR, sensor.getCode() + "@" + at.toEpochMilli(),
                rules.categoryFor(sensor.getKind()), chinese.title(null, StepParams.phraseJson(alarm)),
                chinese.description(null, StepParams.phraseJson(alarm)),
                sensor.getLocation() == null ? null : sensor.getLocation().getX(),
                sensor.getLocation() == null ? null : sensor.getLocation().getY(), null, sensor.getName(), at,
                Urgency.URGENT, alarm));
        return new SensorReadingResult(sensor.getCode(), SensorState.ALARM, result.event().getId(),
                result.event().getNumber(), !result.alreadyKnown());
    }

    /**
     * A reading as a phrase ({@code key}: the sensor's kind, name, value, unit, alarm threshold, time): the kind is
     * worded per language, the numbers are kept as the sensor sent them.
     */
    private Phrase reading(Sensor sensor, double value, Instant at, String key) {
        return Phrase.of(key, Phrase.of("sensorKind." + sensor.getKind().name()), sensor.getName(),
                String.valueOf(value), sensor.getMeasureUnit() == null ? "" : " " + sensor.getMeasureUnit(),
                String.valueOf(sensor.getAlarmThreshold()), TIME.format(at.atZone(clock.getZone())));
    }

    private static String escape(String code) {
        return code.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
