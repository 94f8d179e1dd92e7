package org.gridcommand.service.intake;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.gridcommand.store.DatabaseLocation;
import org.gridcommand.store.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The grid app re-sends a report when an answer is slow, so the same external id can arrive several times at
 * once. Probes sent 40 ids four times each at once and got 124 events on H2, 156 on PostgreSQL. Now: one event
 * per id, and every sender gets that event's id.
 */
class ConcurrentSendersTest {
    static final int IDS = 40;
    static final int COPIES = 4;
    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    static Stream<DatabaseLocation.Vendor> vendors() {
        return TestDatabases.vendors();
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void the_same_report_sent_four_times_at_once_is_recorded_once_and_every_sender_gets_its_id(
            DatabaseLocation.Vendor vendor) throws Exception {
        ExecutorService senders = Executors.newFixedThreadPool(COPIES * 4);
        try (IntakeFixture intake = new IntakeFixture(SmallCity.on(TestDatabases.fresh(vendor, dir)),
                IntakeServer.Limits.DEFAULT)) {
            Map<String, List<Future<HttpResponse<String>>>> answers = new HashMap<>();
            for (int i = 0; i < IDS; i++) {
                String id = "RACE-" + i;
                String body = "{\"channel\":\"GRID_WORKER\",\"external_id\":\"" + id + "\",\"category_code\":"
                        + "\"010101\",\"title\":\"占道经营\",\"lon\":120.0025,\"lat\":30.005}";
                CountDownLatch go = new CountDownLatch(1);
                List<Future<HttpResponse<String>>> copies = new ArrayList<>();
                for (int c = 0; c < COPIES; c++) {
                    copies.add(senders.submit(() -> {
                        go.await();
                        return intake.post("/api/v1/reports", body);
                    }));
                }
                go.countDown();
                answers.put(id, copies);
            }

            for (Map.Entry<String, List<Future<HttpResponse<String>>>> e : answers.entrySet()) {
                Set<Long> eventIds = new HashSet<>();
                for (Future<HttpResponse<String>> f : e.getValue()) {
                    HttpResponse<String> r = f.get();
                    assertThat(r.statusCode()).as(e.getKey() + ": " + r.body()).isEqualTo(202);
                    eventIds.add(JSON.readTree(r.body()).get("event_id").asLong());
                }
                assertThat(eventIds).as(e.getKey()).hasSize(1);
            }
            assertThat(intake.city.count("event")).isEqualTo(IDS);
            assertThat(intake.city.count("event_transition WHERE action = 'REPORT'")).isEqualTo(IDS);
        } finally {
            senders.shutdownNow();
        }
    }
}
