package org.gridcommand.bench.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridcommand.bench.BenchFolder;
import org.gridcommand.bench.intake.IntakeBenchKit;
import org.gridcommand.domain.time.ConsoleClock;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.service.Backend;
import org.gridcommand.service.account.Permissions;
import org.gridcommand.service.account.TokenService;
import org.gridcommand.service.intake.IntakeServer;
import org.gridcommand.service.intake.SensorAlarmRules;

/**
 * {@code gridcommand bench intake-http}: the HTTP intake endpoint as {@code serve-intake} runs it, on loopback,
 * against the probes of issue 9. (1) Slow clients: health latency with M idle half-sent requests open, against
 * none open. (2) Concurrent senders: N = 4, 8, 16, 32 senders posting reports; errors and p50/p99 latency,
 * against one sender alone (the floor). (3) The same report sent 4 times at once: distinct events per id.
 * Targets: health ≤ 1 s with the idle sockets, 0 errors, p99 ≤ 500 ms on the embedded database, 0 duplicates.
 */
public final class IntakeHttpBench {
    static final int[] SENDERS = {4, 8, 16, 32};
    static final double P99_TARGET_MS = 500;
    static final double HEALTH_TARGET_MS = 1000;

    private final String db;
    private final int requests;
    private final int idleSockets;
    private final PrintStream out;

    /**
     * @param db          a database to use (e.g. a PostgreSQL URL), or null for a generated city in a temp file
     * @param requests    reports per round of senders
     * @param idleSockets half-sent requests held open by the slow-client probe
     */
    public IntakeHttpBench(String db, int requests, int idleSockets, PrintStream out) {
        this.db = db;
        this.requests = Math.max(100, requests);
        this.idleSockets = Math.max(4, idleSockets);
        this.out = out;
    }

    public int run() throws Exception {
        if (db != null) {
            return measure(db);
        }
        try (BenchFolder folder = new BenchFolder("gridcommand-intake-http-bench-")) {
            return measure(folder.resolve("city").toString());
        }
    }

    private int measure(String dbSpec) throws Exception {
        try (Backend backend = Backend.open(dbSpec, System.getenv("GRIDCOMMAND_DB_USER"),
                System.getenv("GRIDCOMMAND_DB_PASSWORD"), ConsoleClock.system())) {
            boolean embedded = !backend.isShared();
            if (backend.city().tableCounts().getOrDefault("area", 0L) == 0) {
                long t0 = System.nanoTime();
                int micro = new IntakeBenchKit(backend.database(), backend.clock()).buildCity();
                out.printf("generated city: %,d micro-grids in %,d ms%n", micro, (System.nanoTime() - t0) / 1_000_000);
            }
            out.printf("database: %s%n", backend.describeDatabase());
            // the bench's grid app gets its own sender token, as an administrator would issue it (the system's)
            String token = new TokenService(backend.database(), backend.clock(), Permissions.system())
                    .issueForSender("bench-grid-app", Channel.GRID_WORKER).secret();
            try (IntakeServer server = backend.intakeServer(new IntakeServer.Settings("127.0.0.1", 0),
                    SensorAlarmRules.triageOnly())) {
                int port = server.start();
                SenderLoad load = new SenderLoad(port, token, IntakeBenchKit.cityBounds());
                load.round(4, 300); // warm-up: class loading, JIT, pools

                SlowClientProbe probe = new SlowClientProbe(port);
                SlowClientProbe.Figures calm = probe.measure(0, 20);
                SlowClientProbe.Figures slow = probe.measure(idleSockets, 20);
                out.printf("health, no idle socket:          median %6.1f ms, max %6.1f ms%n", calm.healthMedianMs(),
                        calm.healthMaxMs());
                out.printf("health, %4d half-sent requests: median %6.1f ms, max %6.1f ms, %d failed (target: "
                        + "max ≤ %.0f ms)%n", slow.idleSockets(), slow.healthMedianMs(), slow.healthMaxMs(),
                        slow.healthFailures(), HEALTH_TARGET_MS);

                SenderLoad.Figures floor = load.round(1, Math.min(requests, 300));
                out.printf("senders   requests  errors   p50 ms   p99 ms   max ms   statuses%n");
                print(floor);
                List<SenderLoad.Figures> rounds = new ArrayList<>();
                for (int n : SENDERS) {
                    SenderLoad.Figures f = load.round(n, requests);
                    rounds.add(f);
                    print(f);
                }
                int ids = 40;
                long before = backend.city().tableCounts().get("event");
                int distinct = load.sameReportAtOnce(ids, 4);
                long added = backend.city().tableCounts().get("event") - before;
                out.printf("same report sent 4x at once: %d ids -> %d events added, %d distinct event ids answered "
                        + "(duplicates: %d)%n", ids, added, distinct, added - ids);

                boolean ok = slow.healthMaxMs() <= HEALTH_TARGET_MS && slow.healthFailures() == 0 && added == ids;
                Map<String, Object> json = new LinkedHashMap<>();
                json.put("bench", "intake-http");
                json.put("database", embedded ? "h2" : "postgresql");
                json.put("idle_sockets", slow.idleSockets());
                json.put("health_max_ms_idle_sockets", round(slow.healthMaxMs()));
                json.put("health_max_ms_no_idle_socket", round(calm.healthMaxMs()));
                json.put("single_sender_p50_ms", round(floor.p50Ms()));
                Map<String, Object> bySenders = new LinkedHashMap<>();
                for (SenderLoad.Figures f : rounds) {
                    ok &= f.errors() == 0 && (!embedded || f.p99Ms() <= P99_TARGET_MS);
                    bySenders.put(Integer.toString(f.senders()), Map.of("requests", f.requests(), "errors",
                            f.errors(), "p50_ms", round(f.p50Ms()), "p99_ms", round(f.p99Ms())));
                }
                json.put("senders", bySenders);
                json.put("duplicate_events", added - ids);
                json.put("targets_met", ok);
                out.println(new ObjectMapper().writeValueAsString(json));
                return ok ? 0 : 1;
            }
        }
    }

    private void print(SenderLoad.Figures f) {
        out.printf("%7d   %8d  %6d   %6.1f   %6.1f   %6.1f   %s%n", f.senders(), f.requests(), f.errors(), f.p50Ms(),
                f.p99Ms(), f.maxMs(), f.statuses());
    }

    private static double round(double ms) {
        return Math.round(ms * 10) / 10.0;
    }
}
