package org.gridcommand.service.intake;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.gridcommand.domain.device.SensorKind;
import org.gridcommand.domain.time.WorkingCalendar;
import org.gridcommand.service.account.Permissions;
import org.gridcommand.service.account.TokenService;
import org.gridcommand.service.event.EventService;

/**
 * A real intake endpoint on a {@link SmallCity} (H2 or PostgreSQL) wired as {@code serve-intake} wires it: reports
 * located in memory, alarms of water-level sensors registered as 010104. Requests go over real sockets.
 */
final class IntakeFixture implements AutoCloseable {
    /** Stands for "the sending system's own token" in {@link #post(String, String, String)}. */
    static final String TOKEN = "the sender's own token";
    static final String REPORTS_PATH = "/api/v1/reports";

    final SmallCity city;
    final EventService events;
    final IntakeServer server;
    final String base;
    final SenderKeys keys;
    final int port;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    IntakeFixture(SmallCity city, IntakeServer.Limits limits) throws Exception {
        this(city, limits, Clock.systemUTC());
    }

    IntakeFixture(SmallCity city, IntakeServer.Limits limits, Clock realTime) throws Exception {
        this.city = city;
        this.events = new EventService(city.db, city.clock, new LiveAreaLocator(city.db), WorkingCalendar.standard());
        SensorAlarmService sensors = new SensorAlarmService(city.db, city.clock, events,
                new SensorAlarmRules(Map.of(SensorKind.WATER_LEVEL, "010104")));
        this.keys = new SenderKeys(city.db, city.clock);
        this.server = new IntakeServer(new IntakeServer.Settings(null, 0, limits), events, sensors,
                new TokenService(city.db, city.clock, Permissions.system()), city.clock, realTime);
        this.port = server.start();
        this.base = "http://127.0.0.1:" + port;
    }

    HttpResponse<String> post(String path, String body) throws Exception {
        return post(path, body, TOKEN);
    }

    HttpResponse<String> post(String path, String body, String token) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(20))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body));
        if (token != null) {
            b.header("Authorization", "Bearer " + (TOKEN.equals(token) ? keys.forRequest(path, body) : token));
        }
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** GET /api/v1/health; fails (HttpTimeoutException) when it takes longer than {@code timeout}. */
    HttpResponse<String> health(Duration timeout) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/health")).timeout(timeout).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        server.close();
        city.close();
    }
}
