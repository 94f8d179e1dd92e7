package org.gridcommand.bench.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Concurrent senders against the intake endpoint the bench started: each posts reports with its own external ids
 * (points spread over the city) one after the other, the way an app or a platform does, and the latency of every
 * request is kept. An error is any answer but 202, or no answer within 30 s. Bounded: {@code requests} per round.
 */
final class SenderLoad {
    record Figures(int senders, int requests, int errors, double p50Ms, double p99Ms, double maxMs,
                   Map<Integer, Integer> statuses) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String base;
    private final String token;
    private final double[] bounds;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final AtomicInteger serial = new AtomicInteger();
    private final String run = Long.toString(System.currentTimeMillis(), 36);

    SenderLoad(int port, String token, double[] bounds) {
        this.base = "http://127.0.0.1:" + port;
        this.token = token;
        this.bounds = bounds;
    }

    /** {@code requests} reports from {@code senders} concurrent senders. */
    Figures round(int senders, int requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(senders);
        try {
            AtomicInteger left = new AtomicInteger(requests);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<List<long[]>>> results = new ArrayList<>();
            for (int s = 0; s < senders; s++) {
                Random random = new Random(31L * senders + s);
                results.add(pool.submit(() -> {
                    go.await();
                    List<long[]> mine = new ArrayList<>();
                    while (left.getAndDecrement() > 0) {
                        mine.add(send(report("BENCH-" + run + "-" + serial.incrementAndGet(), random)));
                    }
                    return mine;
                }));
            }
            go.countDown();
            List<long[]> all = new ArrayList<>();
            for (Future<List<long[]>> f : results) {
                all.addAll(f.get());
            }
            return figures(senders, all);
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * {@code ids} reports, each sent by {@code copies} senders at the same moment.
     *
     * @return how many distinct event ids the senders were answered with (the ids, when nothing was duplicated)
     */
    int sameReportAtOnce(int ids, int copies) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(copies);
        try {
            Set<Long> events = new HashSet<>();
            for (int i = 0; i < ids; i++) {
                String body = report("RACE-" + run + "-" + i, new Random(i));
                CountDownLatch go = new CountDownLatch(1);
                List<Future<HttpResponse<String>>> answers = new ArrayList<>();
                for (int c = 0; c < copies; c++) {
                    answers.add(pool.submit(() -> {
                        go.await();
                        return http.send(request(body), HttpResponse.BodyHandlers.ofString());
                    }));
                }
                go.countDown();
                for (Future<HttpResponse<String>> a : answers) {
                    HttpResponse<String> r = a.get();
                    if (r.statusCode() == 202) {
                        events.add(JSON.readTree(r.body()).get("event_id").asLong());
                    }
                }
            }
            return events.size();
        } finally {
            pool.shutdownNow();
        }
    }

    /** {latency ns, status}; status 0 for no answer. */
    private long[] send(String body) {
        long t0 = System.nanoTime();
        int status;
        try {
            status = http.send(request(body), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            status = 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status = 0;
        }
        return new long[] {System.nanoTime() - t0, status};
    }

    private HttpRequest request(String body) {
        return HttpRequest.newBuilder(URI.create(base + "/api/v1/reports")).timeout(Duration.ofSeconds(30))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    private String report(String externalId, Random random) {
        double lon = bounds[0] + random.nextDouble() * (bounds[2] - bounds[0]);
        double lat = bounds[1] + random.nextDouble() * (bounds[3] - bounds[1]);
        return "{\"channel\":\"GRID_WORKER\",\"external_id\":\"" + externalId + "\",\"category_code\":\"010101\","
                + "\"title\":\"占道经营\",\"description\":\"早市摊贩占道\",\"lon\":" + lon + ",\"lat\":" + lat
                + ",\"reporter\":\"网格员\"}";
    }

    private static Figures figures(int senders, List<long[]> all) {
        double[] ms = new double[all.size()];
        int errors = 0;
        Map<Integer, Integer> statuses = new TreeMap<>();
        for (int i = 0; i < ms.length; i++) {
            ms[i] = all.get(i)[0] / 1e6;
            int status = (int) all.get(i)[1];
            statuses.merge(status, 1, Integer::sum);
            errors += status == 202 ? 0 : 1;
        }
        Arrays.sort(ms);
        return new Figures(senders, ms.length, errors, percentile(ms, 0.50), percentile(ms, 0.99),
                ms.length == 0 ? 0 : ms[ms.length - 1], statuses);
    }

    private static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int i = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, i))];
    }
}
