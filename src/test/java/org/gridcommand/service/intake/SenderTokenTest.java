package org.gridcommand.service.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.gridcommand.domain.account.ApiToken;
import org.gridcommand.domain.event.EventTransition;
import org.gridcommand.service.emergency.FloodScenario;
import org.gridcommand.store.DatabaseLocation;
import org.gridcommand.store.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each sending system posts with its own token, bound to its channel: it cannot claim another channel, the history
 * names the system (not whoever the body names), and a token the administrator revoked is refused.
 */
class SenderTokenTest {
    @TempDir
    Path dir;

    static Stream<DatabaseLocation.Vendor> vendors() {
        return TestDatabases.vendors();
    }

    private static String report(String channel, String externalId) {
        return "{\"channel\":\"" + channel + "\",\"external_id\":\"" + externalId + "\",\"category_code\":\"010101\","
                + "\"title\":\"东湖路占道\",\"lon\":" + SmallCity.IN_M1[0] + ",\"lat\":" + SmallCity.IN_M1[1]
                + ",\"reporter\":\"网格员王芳\"}";
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void a_sender_reports_on_its_own_channel_only_is_named_in_the_history_and_is_refused_once_revoked(
            DatabaseLocation.Vendor vendor) throws Exception {
        FloodScenario.TestClock realTime = new FloodScenario.TestClock();
        try (IntakeFixture intake = new IntakeFixture(SmallCity.on(TestDatabases.fresh(vendor, dir)),
                IntakeServer.Limits.DEFAULT, realTime)) {
            var accepted = intake.post(IntakeFixture.REPORTS_PATH, report("GRID_WORKER", "APP-1"),
                    intake.keys.gridApp);
            assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(202);
            long id = IntakeServerTest.JSON.readTree(accepted.body()).get("event_id").asLong();
            List<EventTransition> history = intake.events.history(id);
            assertThat(history.get(0).getActor()).isEqualTo("grid-app");
            assertThat(intake.events.find(id).getReporter()).isEqualTo("网格员王芳");

            // the camera platform cannot send as the grid app, nor the grid app send sensor readings
            var claimed = intake.post(IntakeFixture.REPORTS_PATH, report("GRID_WORKER", "CAM-1"),
                    intake.keys.cameraPlatform);
            assertThat(claimed.statusCode()).isEqualTo(403);
            assertThat(claimed.body()).contains("the token camera-platform sends on channel AI_CAMERA, not GRID_WORKER")
                    .contains("nothing was recorded");
            var reading = intake.post("/api/v1/sensor-readings", "{\"sensor_code\":\"WL-001\",\"value\":1.0}",
                    intake.keys.gridApp);
            assertThat(reading.statusCode()).isEqualTo(403);
            assertThat(reading.body()).contains("sensor readings come from the sensor platform");
            assertThat(intake.city.count("event WHERE external_id = 'CAM-1'")).isZero();

            // revoked: refused as soon as the endpoint's few seconds of memory of the token have passed
            intake.keys.tokens.revoke("grid-app");
            realTime.advance(SenderTokens.FRESH.plus(Duration.ofSeconds(1)));
            var revoked = intake.post(IntakeFixture.REPORTS_PATH, report("GRID_WORKER", "APP-2"),
                    intake.keys.gridApp);
            assertThat(revoked.statusCode()).isEqualTo(401);
            assertThat(revoked.body()).contains("missing, wrong or revoked token");
            assertThat(intake.city.count("event WHERE external_id = 'APP-2'")).isZero();
            assertThat(intake.post(IntakeFixture.REPORTS_PATH, report("GRID_WORKER", "APP-3"), null).statusCode())
                    .isEqualTo(401);

            // the list shows when each was last used, never a secret
            List<ApiToken> listed = intake.keys.tokens.list();
            assertThat(listed).filteredOn(t -> t.name().equals("grid-app")).singleElement()
                    .satisfies(t -> assertThat(t.lastUsedAt()).isNotNull())
                    .satisfies(t -> assertThat(t.revoked()).isTrue());
            assertThat(listed).filteredOn(t -> t.name().equals("sensor-platform")).singleElement()
                    .satisfies(t -> assertThat(t.lastUsedAt()).isNull());
        }
    }
}
