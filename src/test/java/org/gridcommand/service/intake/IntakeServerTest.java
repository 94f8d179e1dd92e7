package org.gridcommand.service.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.gridcommand.domain.device.Sensor;
import org.gridcommand.domain.device.SensorKind;
import org.gridcommand.domain.device.SensorState;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.EventStep;
import org.gridcommand.domain.event.EventTransition;
import org.gridcommand.domain.event.Urgency;
import org.gridcommand.domain.time.WorkingCalendar;
import org.gridcommand.geo.crs.ChinaOffsets;
import org.gridcommand.service.account.Permissions;
import org.gridcommand.service.account.TokenService;
import org.gridcommand.service.event.EventService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The grid app, the sensor platform and the camera platform post to the console's intake endpoint. */
class IntakeServerTest {
    /** Stands for "the sending system's own token" in {@link #post}. */
    static final String TOKEN = "the sender's own token";
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;
    SmallCity city;
    EventService events;
    IntakeServer server;
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    String base;
    SenderKeys keys;

    @BeforeEach
    void start() throws Exception {
        city = SmallCity.onH2(dir);
        // wired as serve-intake wires it: located in memory
        events = new EventService(city.db, city.clock, new LiveAreaLocator(city.db), WorkingCalendar.standard());
        SensorAlarmService sensors = new SensorAlarmService(city.db, city.clock, events,
                new SensorAlarmRules(Map.of(SensorKind.WATER_LEVEL, "010104")));
        keys = new SenderKeys(city.db, city.clock);
        server = new IntakeServer(new IntakeServer.Settings(null, 0), events, sensors,
                new TokenService(city.db, city.clock, Permissions.system()), city.clock);
        base = "http://127.0.0.1:" + server.start();
    }

    @AfterEach
    void stop() {
        server.close();
        city.close();
    }

    HttpResponse<String> post(String path, String body, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + (TOKEN.equals(token) ? keys.forRequest(path, body) : token));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void a_grid_worker_report_with_a_gaode_point_is_committed_located_and_answered_202() throws Exception {
        double[] gcj = ChinaOffsets.wgs84ToGcj02(SmallCity.IN_M1[0], SmallCity.IN_M1[1]);
        String body = "{\"channel\":\"GRID_WORKER\",\"external_id\":\"APP-1\",\"category_code\":\"010101\","
                + "\"title\":\"东湖路占道\",\"lon\":" + gcj[0] + ",\"lat\":" + gcj[1] + ",\"crs\":\"GCJ02\","
                + "\"reporter\":\"网格员王芳\",\"reported_at\":\"2026-11-24T09:55:00+08:00\"}";

        HttpResponse<String> r = post("/api/v1/reports", body, TOKEN);

        assertThat(r.statusCode()).isEqualTo(202);
        JsonNode answer = JSON.readTree(r.body());
        Event e = events.find(answer.get("event_id").asLong());
        assertThat(e.getMicroGridId()).isEqualTo(city.m1);
        assertThat(e.getState()).isEqualTo(EventState.REGISTERED);
        assertThat(answer.get("proposed_lead").asText()).isEqualTo("幸福社区居委会");
        // the app re-sends after a lost answer: the same event, nothing twice
        HttpResponse<String> again = post("/api/v1/reports", body, TOKEN);
        assertThat(JSON.readTree(again.body()).get("event_id").asLong()).isEqualTo(e.getId());
        assertThat(JSON.readTree(again.body()).get("already_known").asBoolean()).isTrue();
        assertThat(city.count("event")).isEqualTo(1);
    }

    @Test
    void without_the_token_nothing_is_recorded_and_the_answer_is_401() throws Exception {
        String body = "{\"channel\":\"AI_CAMERA\",\"title\":\"占道\"}";
        assertThat(post("/api/v1/reports", body, null).statusCode()).isEqualTo(401);
        assertThat(post("/api/v1/reports", body, "wrong-token-wrong-token").statusCode()).isEqualTo(401);
        assertThat(post("/api/v1/sensor-readings", "{\"sensor_code\":\"WL-001\",\"value\":9}", null).statusCode())
                .isEqualTo(401);
        assertThat(city.count("event")).isZero();
    }

    @Test
    void bad_json_gets_400_with_a_clear_message() throws Exception {
        HttpResponse<String> broken = post("/api/v1/reports", "{\"channel\": \"GRID_WORKER\", ", TOKEN);
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(broken.body()).get("error").asText()).contains("not valid JSON");

        HttpResponse<String> noChannel = post("/api/v1/reports", "{\"title\":\"x\"}", TOKEN);
        assertThat(noChannel.statusCode()).isEqualTo(400);
        assertThat(noChannel.body()).contains("channel is required");

        HttpResponse<String> badTime = post("/api/v1/sensor-readings",
                "{\"sensor_code\":\"WL-001\",\"value\":1,\"time\":\"yesterday\"}", TOKEN);
        assertThat(badTime.statusCode()).isEqualTo(400);
        assertThat(badTime.body()).contains("ISO-8601");
        assertThat(city.count("event")).isZero();
    }

    @Test
    void repeated_water_level_alarms_update_one_open_event_instead_of_flooding_the_queue() throws Exception {
        assertThat(post("/api/v1/sensor-readings", "{\"sensor_code\":\"WL-001\",\"value\":2.0}", TOKEN).statusCode())
                .isEqualTo(202);
        assertThat(city.count("event")).isZero();

        JsonNode first = JSON.readTree(post("/api/v1/sensor-readings",
                "{\"sensor_code\":\"WL-001\",\"value\":3.2,\"time\":\"2026-11-24T09:58:00+08:00\"}", TOKEN).body());
        assertThat(first.get("state").asText()).isEqualTo("ALARM");
        assertThat(first.get("event_created").asBoolean()).isTrue();
        for (int i = 0; i < 3; i++) {
            JsonNode again = JSON.readTree(post("/api/v1/sensor-readings",
                    "{\"sensor_code\":\"WL-001\",\"value\":3." + (3 + i) + "}", TOKEN).body());
            assertThat(again.get("event_created").asBoolean()).isFalse();
            assertThat(again.get("event_id").asLong()).isEqualTo(first.get("event_id").asLong());
        }

        assertThat(city.count("event")).isEqualTo(1);
        Event alarm = events.find(first.get("event_id").asLong());
        assertThat(alarm.getUrgency()).isEqualTo(Urgency.URGENT);
        assertThat(alarm.getMicroGridId()).isEqualTo(city.m1);
        assertThat(alarm.getCategoryId()).isNotNull();
        assertThat(events.history(alarm.getId())).extracting(EventTransition::getStep)
                .containsExactly(EventStep.REPORT, EventStep.REGISTER, EventStep.NOTE, EventStep.NOTE, EventStep.NOTE);
        Sensor sensor = city.db.transact(s -> s.createSelectionQuery("from Sensor x where x.code = 'WL-001'",
                Sensor.class).getSingleResult());
        assertThat(sensor.getState()).isEqualTo(SensorState.ALARM);
        assertThat(sensor.getLastValue()).isEqualTo(3.5);

        // once the event is closed out, the next alarm raises a new one
        events.cancel(alarm.getId(), alarm.getVersion(), "值班员李娜", "误报 / false alarm");
        JsonNode next = JSON.readTree(post("/api/v1/sensor-readings", "{\"sensor_code\":\"WL-001\",\"value\":3.9}",
                TOKEN).body());
        assertThat(next.get("event_created").asBoolean()).isTrue();
        assertThat(city.count("event")).isEqualTo(2);
    }

    @Test
    void an_unknown_sensor_is_404_and_health_answers_without_a_token() throws Exception {
        assertThat(post("/api/v1/sensor-readings", "{\"sensor_code\":\"NOPE\",\"value\":1}", TOKEN).statusCode())
                .isEqualTo(404);
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/health"))
                .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"ok\"");
    }
}
