package org.gridcommand.service.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.gridcommand.domain.device.SensorKind;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.EventStep;
import org.gridcommand.domain.event.EventTransition;
import org.gridcommand.domain.time.WorkingCalendar;
import org.gridcommand.service.event.EventService;
import org.gridcommand.service.event.EventWords;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the intake writes by itself (a sensor alarm, a repeated alarm, a ticket whose position cannot be used) is
 * read by a Chinese and an English console each in its own language, with the sensor's values as sent.
 */
class IntakeWordsTest {
    private static final Pattern CHINESE = Pattern.compile("\\p{IsHan}");
    private static final EventWords ZH = new EventWords(Locale.SIMPLIFIED_CHINESE);
    private static final EventWords EN = new EventWords(Locale.ENGLISH);

    @TempDir
    Path dir;

    @Test
    void a_water_level_alarm_and_its_repeat_read_in_either_language() {
        try (SmallCity city = SmallCity.onH2(dir)) {
            EventService events = new EventService(city.db, city.clock, new LiveAreaLocator(city.db),
                    WorkingCalendar.standard());
            SensorAlarmService sensors = new SensorAlarmService(city.db, city.clock, events,
                    new SensorAlarmRules(Map.of(SensorKind.WATER_LEVEL, "010104")));
            SensorReadingResult first = sensors.record(new SensorReading("WL-001", 3.2, SmallCity.NOW));
            sensors.record(new SensorReading("WL-001", 3.4, SmallCity.NOW));

            Event alarm = city.db.transact(s -> s.find(Event.class, first.eventId()));
            assertThat(ZH.title(alarm)).isEqualTo("传感器报警：水位 东湖1号水位站");
            assertThat(EN.title(alarm)).isEqualTo("Sensor alarm: water level 东湖1号水位站");
            assertThat(EN.description(alarm)).startsWith("Sensor alarm: 东湖1号水位站 3.2 m (alarm threshold 3.0 m)");
            assertThat(alarm.getTitle()).as("kept for exports and search, in Chinese only")
                    .isEqualTo("传感器报警：水位 东湖1号水位站");

            EventTransition again = lines(city, alarm.getId()).stream().filter(t -> t.getStep() == EventStep.NOTE)
                    .findFirst().orElseThrow();
            assertThat(ZH.details(again)).startsWith("再次报警：东湖1号水位站 3.4 m（报警阈值 3.0 m）");
            assertThat(EN.details(again)).startsWith("alarm again: 东湖1号水位站 3.4 m (alarm threshold 3.0 m)")
                    .doesNotContain("再次", " / ");
        }
    }

    @Test
    void a_ticket_whose_coordinates_are_not_numbers_says_why_in_either_language() throws Exception {
        Path file = dir.resolve("t.csv");
        Files.writeString(file, "id,time,title,lon,lat\nP1,2026-11-23 09:00,Pothole,abc,30.005\n"
                + "P2,2026-11-23 09:01,Lamp,NaN,30.005\n", StandardCharsets.UTF_8);
        Path mapping = dir.resolve("m.yaml");
        Files.writeString(mapping, "encoding: UTF-8\nchannel: HOTLINE\ncolumns:\n  external_id: id\n"
                + "  created_at: time\n  title: title\n  longitude: lon\n  latitude: lat\n"
                + "date_patterns: [\"yyyy-MM-dd HH:mm\"]\n", StandardCharsets.UTF_8);
        try (SmallCity city = SmallCity.onH2(dir)) {
            TicketImportReport r = new TicketImportService(city.db, city.clock).importFile(file,
                    TicketMappingFile.read(mapping), TicketImportOptions.defaults());
            assertThat(r.imported()).isEqualTo(2);
            assertThat(r.noCoordinates()).isEqualTo(2);

            EventTransition p1 = report(city, "P1");
            EventTransition p2 = report(city, "P2");
            assertThat(ZH.details(p1)).contains("坐标不是数字：“abc”");
            assertThat(EN.details(p1)).contains("the coordinate is not a number: 'abc'");
            assertThat(ZH.details(p2)).contains("坐标不是有限数：“NaN”");
            assertThat(EN.details(p2)).contains("the coordinate is not a finite number: 'NaN'");
            assertThat(CHINESE.matcher(EN.details(p1) + EN.details(p2)).find()).isFalse();
        }
    }

    private static EventTransition report(SmallCity city, String externalId) {
        long id = city.db.transact(s -> s.createSelectionQuery("select e.id from Event e where e.externalId = :x",
                Long.class).setParameter("x", externalId).getSingleResult());
        return lines(city, id).stream().filter(t -> t.getStep() == EventStep.REPORT).findFirst().orElseThrow();
    }

    private static List<EventTransition> lines(SmallCity city, long eventId) {
        return city.db.transact(s -> s.createSelectionQuery("from EventTransition t where t.eventId = :id "
                + "order by t.id", EventTransition.class).setParameter("id", eventId).getResultList());
    }
}
