package org.gridcommand.service.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.assertj.core.data.Offset;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.Urgency;
import org.gridcommand.domain.time.WorkingCalendar;
import org.gridcommand.service.event.EventService;
import org.gridcommand.service.event.IntakeReport;
import org.gridcommand.service.event.SqlAreaLocator;
import org.gridcommand.service.intake.SmallCity;
import org.gridcommand.store.DatabaseLocation;
import org.gridcommand.store.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** A civic system and a GIS analyst take the events out of the console. */
class EventExportTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static Stream<DatabaseLocation.Vendor> vendors() {
        return TestDatabases.vendors();
    }

    private record Setting(SmallCity city, EventExportService exports, Event stall, Event cancelled) {
    }

    private Setting setting(DatabaseLocation.Vendor vendor) {
        SmallCity city = SmallCity.on(TestDatabases.fresh(vendor, dir));
        EventService events = new EventService(city.db, city.clock, new SqlAreaLocator(city.db),
                WorkingCalendar.standard());
        Event stall = events.intake(report("APP-1", "010101", "东湖路占道经营", SmallCity.IN_M1,
                SmallCity.NOW.minusSeconds(86_400 * 3))).event();
        stall = events.dispatch(stall.getId(), stall.getVersion(), city.xingfuCommittee, List.of(), "值班员李娜", null);
        Event noPoint = events.intake(report("APP-2", null, "咨询, \"物业\"\n收费", null, SmallCity.NOW)).event();
        Event cancelled = events.cancel(noPoint.getId(), noPoint.getVersion(), "值班员李娜", "重复来电");
        return new Setting(city, new EventExportService(city.db, city.clock), stall, cancelled);
    }

    private static IntakeReport report(String id, String category, String title, double[] at, Instant t) {
        return new IntakeReport(Channel.GRID_WORKER, id, category, title, title, at == null ? null : at[0],
                at == null ? null : at[1], "东湖路1号", "网格员王芳", t, Urgency.NORMAL);
    }

    private static String export(Setting s, ExportFormat format, EventExportFilter filter) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        s.exports().export(format, filter, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void open311_requests_carry_status_service_agency_times_and_position(DatabaseLocation.Vendor vendor)
            throws Exception {
        Setting s = setting(vendor);
        try (SmallCity ignored = s.city()) {
            JsonNode requests = JSON.readTree(export(s, ExportFormat.OPEN311, EventExportFilter.ALL));

            assertThat(requests.isArray()).isTrue();
            assertThat(requests).hasSize(2);
            JsonNode stall = requests.get(0);
            assertThat(stall.get("service_request_id").asText()).isEqualTo(s.stall().getNumber());
            assertThat(stall.get("status").asText()).isEqualTo("open");
            assertThat(stall.get("service_code").asText()).isEqualTo("010101");
            assertThat(stall.get("service_name").asText()).isEqualTo("占道经营");
            assertThat(stall.get("agency_responsible").asText()).isEqualTo("幸福社区居委会");
            assertThat(stall.get("lat").asDouble()).isEqualTo(SmallCity.IN_M1[1], Offset
                    .offset(1e-9));
            assertThat(stall.get("long").asDouble()).isEqualTo(SmallCity.IN_M1[0], Offset
                    .offset(1e-9));
            assertThat(stall.get("requested_datetime").asText()).isEqualTo("2026-11-21T10:00+08:00");
            assertThat(stall.get("expected_datetime").asText()).isEqualTo("2026-11-24T14:00+08:00");
            assertThat(stall.has("media_url")).isTrue();
            JsonNode cancelled = requests.get(1);
            assertThat(cancelled.get("status").asText()).isEqualTo("closed");
            assertThat(cancelled.get("lat").isNull()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void csv_and_geojson_hold_every_selected_event_and_filters_pick_by_state_and_date(DatabaseLocation.Vendor vendor)
            throws Exception {
        Setting s = setting(vendor);
        try (SmallCity ignored = s.city()) {
            String csv = export(s, ExportFormat.CSV, EventExportFilter.ALL);
            assertThat(csv).startsWith("\uFEFF");
            List<CSVRecord> rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(csv.substring(1))).getRecords();
            assertThat(rows).hasSize(2);
            assertThat(rows.get(1).get("title")).isEqualTo("咨询, \"物业\"\n收费");
            assertThat(rows.get(1).get("state")).isEqualTo("CANCELLED");

            JsonNode geo = JSON.readTree(export(s, ExportFormat.GEOJSON,
                    new EventExportFilter(null, null, EventState.DISPATCHED)));
            assertThat(geo.get("type").asText()).isEqualTo("FeatureCollection");
            assertThat(geo.get("features")).hasSize(1);
            assertThat(geo.get("features").get(0).at("/geometry/coordinates/0").asDouble())
                    .isEqualTo(SmallCity.IN_M1[0], Offset.offset(1e-9));
            assertThat(geo.get("features").get(0).at("/properties/grid_code").asText()).isEqualTo("D01S01C01G01");

            JsonNode today = JSON.readTree(export(s, ExportFormat.OPEN311,
                    new EventExportFilter(LocalDate.of(2026, 11, 24), LocalDate.of(2026, 11, 24), null)));
            assertThat(today).hasSize(1);
            assertThat(today.get(0).get("service_request_id").asText()).isEqualTo(s.cancelled().getNumber());
        }
    }
}
