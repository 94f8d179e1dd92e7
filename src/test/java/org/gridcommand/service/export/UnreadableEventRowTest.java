package org.gridcommand.service.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Statement;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.service.event.EventService;
import org.gridcommand.service.event.IntakeReport;
import org.gridcommand.service.event.SqlAreaLocator;
import org.gridcommand.service.intake.SmallCity;
import org.gridcommand.service.map.MapPoints;
import org.gridcommand.service.map.MapPointsService;
import org.gridcommand.domain.time.WorkingCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Before issue 9 a report with lon "NaN" was stored as POINT EMPTY, and from then on every export covering that
 * day failed and the console's event pins did not load. A database may still hold such a row: the export and the
 * map leave that one event out with a warning and show the rest.
 */
class UnreadableEventRowTest {
    @TempDir
    Path dir;

    @Test
    void one_event_stored_as_point_empty_is_left_out_of_the_export_and_the_map_the_rest_is_shown() throws Exception {
        try (SmallCity city = SmallCity.onH2(dir)) {
            EventService events = new EventService(city.db, city.clock, new SqlAreaLocator(city.db),
                    WorkingCalendar.standard());
            for (int i = 0; i < 3; i++) {
                events.intake(new IntakeReport(Channel.GRID_WORKER, "OK-" + i, "010101", "占道经营 " + i, null,
                        SmallCity.IN_M1[0], SmallCity.IN_M1[1], null, null, null, null));
            }
            long bad = events.intake(new IntakeReport(Channel.GRID_WORKER, "NAN-1", "010101", "坐标NaN", null,
                    SmallCity.IN_M1[0], SmallCity.IN_M1[1], null, null, null, null)).event().getId();
            city.db.withConnection(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("UPDATE event SET location = CAST('SRID=4326;POINT EMPTY' AS GEOMETRY) WHERE id = "
                            + bad);
                }
                return null;
            });

            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ExportResult r = new EventExportService(city.db, city.clock).export(ExportFormat.CSV,
                    EventExportFilter.ALL, out);

            assertThat(r.written()).isEqualTo(3);
            assertThat(r.skipped()).singleElement().satisfies(s -> {
                assertThat(s.id()).isEqualTo(bad);
                assertThat(s.reason()).contains("POINT EMPTY");
            });
            assertThat(out.toString(StandardCharsets.UTF_8)).contains("OK-2").doesNotContain("NAN-1");

            MapPoints points = new MapPointsService(city.db, city.clock).load(true);
            assertThat(points.events()).hasSize(3).noneMatch(p -> p.id() == bad);
        }
    }
}
