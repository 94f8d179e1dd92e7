package org.gridcommand.service.map;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.stream.Stream;
import org.gridcommand.domain.device.SensorState;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.resource.StationKind;
import org.gridcommand.domain.resource.TeamStatus;
import org.gridcommand.store.Database;
import org.gridcommand.store.DatabaseLocation;
import org.gridcommand.store.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class MapPointsServiceTest {
    private static final Instant NOW = Instant.parse("2026-06-01T08:00:00Z");

    @TempDir
    Path dir;

    static Stream<DatabaseLocation.Vendor> vendors() {
        return TestDatabases.vendors();
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void the_map_gets_cameras_sensors_open_events_resources_stations_and_a_year_of_event_positions(
            DatabaseLocation.Vendor vendor) {
        try (Database db = Database.open(TestDatabases.fresh(vendor, dir))) {
            db.withConnection(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute("INSERT INTO camera (id, code, name, location, online, ai_enabled, stream_url) VALUES"
                            + " (1, 'CAM-1', '人民路口', ST_GeomFromText('POINT(120.1 30.2)', 4326), FALSE, TRUE,"
                            + " 'demo:clip')");
                    s.execute("INSERT INTO sensor (id, code, name, kind, location, measure_unit, warning_threshold,"
                            + " alarm_threshold, last_value, last_reading_at, state) VALUES (2, 'WL-1', '河道水位',"
                            + " 'WATER_LEVEL', ST_GeomFromText('POINT(120.2 30.3)', 4326), 'm', 2.5, 3.0, 2.7,"
                            + " TIMESTAMP WITH TIME ZONE '2026-06-01 07:55:00+00', 'WARNING')");
                    s.execute(event(3, "E-1", "IN_PROGRESS", "2026-06-01 06:00:00+00", "2026-06-01 07:00:00+00"));
                    s.execute(event(4, "E-2", "CLOSED", "2026-03-01 06:00:00+00", null));
                    s.execute(event(5, "E-3", "REPORTED", "2024-01-01 06:00:00+00", null));
                    s.execute("INSERT INTO warehouse (id, code, name, location) VALUES (6, 'WH-1', '一号仓库',"
                            + " ST_GeomFromText('POINT(120.3 30.1)', 4326))");
                    s.execute("INSERT INTO stock_item (id, warehouse_id, item_code, item_name, measure_unit, quantity,"
                            + " reserved) VALUES (7, 6, 'SANDBAG', '沙袋', '袋', 500, 120)");
                    s.execute("INSERT INTO team (id, code, name, skills, headcount, status, location) VALUES"
                            + " (8, 'T-1', '防汛突击队', '排涝', 20, 'EN_ROUTE', ST_GeomFromText('POINT(120.4 30.1)', 4326))");
                    s.execute("INSERT INTO expert (id, name, field, location, available) VALUES (9, '王工', '水利',"
                            + " ST_GeomFromText('POINT(120.5 30.1)', 4326), TRUE)");
                    s.execute("INSERT INTO camera (id, code, name, online) VALUES (10, 'CAM-X', '无坐标', TRUE)");
                    s.execute("INSERT INTO area (id, level, code, name, households) VALUES (11, 'COMMUNITY',"
                            + " '330199001001', '文华社区', 2400)");
                    s.execute("INSERT INTO service_station (id, code, name, kind, area_id, location, address, phone,"
                            + " opening_hours, staff_count) VALUES (12, 'SC-1', '文华社区党群服务中心', 'SERVICE_CENTER',"
                            + " 11, ST_GeomFromText('POINT(120.6 30.1)', 4326), '文华路8号', '0571-86001234',"
                            + " '周一至周日 8:30–17:30', 14)");
                    s.execute("INSERT INTO service_station (id, code, name, kind, location) VALUES (13, 'GS-1',"
                            + " '无归属工作站', 'GRID_STATION', ST_GeomFromText('POINT(120.7 30.1)', 4326))");
                    s.execute("INSERT INTO service_station (id, code, name, kind) VALUES (14, 'GS-X', '无坐标',"
                            + " 'GRID_STATION')");
                }
                return null;
            });
            MapPoints p = new MapPointsService(db, Clock.fixed(NOW, ZoneOffset.UTC)).load();

            assertThat(p.cameras()).singleElement().satisfies(c -> {
                assertThat(c.code()).isEqualTo("CAM-1");
                assertThat(c.lon()).isEqualTo(120.1);
                assertThat(c.lat()).isEqualTo(30.2);
                assertThat(c.online()).isFalse();
                assertThat(c.aiEnabled()).isTrue();
                assertThat(c.streamUrl()).isEqualTo("demo:clip");
            });
            assertThat(p.sensors()).singleElement().satisfies(s -> {
                assertThat(s.state()).isEqualTo(SensorState.WARNING);
                assertThat(s.lastValue()).isEqualTo(2.7);
                assertThat(s.lastReadingAt()).isEqualTo(Instant.parse("2026-06-01T07:55:00Z"));
            });
            // open events only, with their deadline; the closed one counts for the heat map, the old one does not
            assertThat(p.events()).extracting(MapPoints.EventPin::number).containsExactlyInAnyOrder("E-1", "E-3");
            assertThat(p.events()).filteredOn(e -> e.number().equals("E-1")).singleElement().satisfies(e -> {
                assertThat(e.state()).isEqualTo(EventState.IN_PROGRESS);
                assertThat(e.handlingDueAt()).isEqualTo(Instant.parse("2026-06-01T07:00:00Z"));
                assertThat(e.gridId()).isNull();
            });
            assertThat(p.history().size()).isEqualTo(2);
            assertThat(new MapPointsService(db, Clock.fixed(NOW, ZoneOffset.UTC)).load(false).history().size())
                    .as("the heat map's year is read only when asked for").isZero();
            assertThat(p.warehouses()).singleElement().satisfies(w ->
                    assertThat(w.stock()).containsExactly(new MapPoints.Stock("沙袋", 500, 120, "袋")));
            assertThat(p.teams()).singleElement().satisfies(t -> assertThat(t.status()).isEqualTo(TeamStatus.EN_ROUTE));
            assertThat(p.experts()).singleElement().satisfies(x -> assertThat(x.field()).isEqualTo("水利"));
            // stations with a position, with the name of the area they serve when they serve one
            assertThat(p.stations()).extracting(MapPoints.StationPoint::code).containsExactly("SC-1", "GS-1");
            assertThat(p.stations().get(0)).isEqualTo(new MapPoints.StationPoint(12, "SC-1", "文华社区党群服务中心",
                    StationKind.SERVICE_CENTER, 120.6, 30.1, 11L, "文华社区", "文华路8号", "0571-86001234",
                    "周一至周日 8:30–17:30", 14));
            assertThat(p.stations().get(1).areaId()).isNull();
            assertThat(p.stations().get(1).areaName()).isNull();
            assertThat(p.size()).isEqualTo(9);
        }
    }

    @Test
    void live_points_are_read_at_every_load_but_the_heat_maps_year_only_every_ten_minutes() {
        try (Database db = Database.open(TestDatabases.h2(dir))) {
            Instant[] now = {NOW};
            Clock clock = new Clock() {
                @Override
                public ZoneId getZone() {
                    return ZoneOffset.UTC;
                }

                @Override
                public Clock withZone(ZoneId zone) {
                    return this;
                }

                @Override
                public Instant instant() {
                    return now[0];
                }
            };
            MapPointsService service = new MapPointsService(db, clock);
            assertThat(service.load(false).history().size()).as("not asked for").isZero();
            assertThat(service.load().history().size()).isZero();
            db.withConnection(c -> {
                try (Statement s = c.createStatement()) {
                    s.execute(event(3, "E-1", "REPORTED", "2026-06-01 07:59:00+00", null));
                }
                return null;
            });
            MapPoints soon = service.load();
            assertThat(soon.events()).as("a new open event shows at once").hasSize(1);
            assertThat(soon.history().size()).as("the heat map's year is not read again yet").isZero();
            now[0] = NOW.plus(MapPointsService.HISTORY_REFRESH).plusSeconds(1);
            assertThat(service.load().history().size()).isEqualTo(1);
        }
    }

    private static String event(long id, String number, String state, String reported, String due) {
        return "INSERT INTO event (id, number, title, channel, state, urgency, location, reported_at, handling_due_at)"
                + " VALUES (" + id + ", '" + number + "', '井盖缺失', 'HOTLINE', '" + state + "', 'URGENT',"
                + " ST_GeomFromText('POINT(120.0 30.0)', 4326), TIMESTAMP WITH TIME ZONE '" + reported + "', "
                + (due == null ? "NULL" : "TIMESTAMP WITH TIME ZONE '" + due + "'") + ")";
    }
}
