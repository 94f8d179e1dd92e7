package org.gridcommand.service.intake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import org.gridcommand.service.event.ActionRefusedException;
import org.gridcommand.service.event.EventService;
import org.gridcommand.service.event.IntakeResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The intake endpoint the grid app, the sensor platform and the camera platform post to (JDK HTTP server, JSON):
 * <ul>
 * <li>{@code POST /api/v1/reports} — a report ({@link IntakeRequests}); 202 with the event once committed</li>
 * <li>{@code POST /api/v1/sensor-readings} — a reading; 202 with the sensor state and any alarm event</li>
 * <li>{@code GET /api/v1/health} — 200 {"status":"ok"}; the only path that needs no token</li>
 * </ul>
 * Every other request needs {@code Authorization: Bearer <token>} (401 otherwise). A body that is not understood
 * gets 400 with the reason; a refusal by the closed loop 422; an unknown sensor 404; a failure 503 — and then
 * nothing was recorded, so the sender retries (re-sending with the same external id never duplicates). 202 is
 * only sent after the transaction committed. Binds to loopback unless told otherwise.
 */
public final class IntakeServer implements AutoCloseable {
    /** Where to listen and the shared secret. Port 0 picks a free port. */
    public record Settings(String bindAddress, int port, String token) {
        public Settings {
            bindAddress = bindAddress == null || bindAddress.isBlank() ? "127.0.0.1" : bindAddress;
            if (token == null || token.length() < 16) {
                throw new IllegalArgumentException("The intake token must have at least 16 characters.");
            }
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(IntakeServer.class);
    private static final int MAX_BODY = 1 << 20;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Settings settings;
    private final EventService events;
    private final SensorAlarmService sensors;
    private final Clock clock;
    private HttpServer server;
    private ExecutorService executor;

    public IntakeServer(Settings settings, EventService events, SensorAlarmService sensors, Clock clock) {
        this.settings = settings;
        this.events = events;
        this.sensors = sensors;
        this.clock = clock;
    }

    /** Starts listening; returns the bound port. */
    public synchronized int start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(settings.bindAddress(), settings.port()), 50);
        executor = Executors.newFixedThreadPool(4, r -> {
            Thread t = new Thread(r, "intake-http");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/api/v1/health", ex -> handle(ex, "GET", false, body -> Map.of("status", "ok",
                "time", clock.instant().toString())));
        server.createContext("/api/v1/reports", ex -> handle(ex, "POST", true, body -> accepted(
                events.intake(IntakeRequests.report(body)))));
        server.createContext("/api/v1/sensor-readings", ex -> handle(ex, "POST", true, body -> accepted(
                sensors.record(IntakeRequests.reading(body)))));
        server.start();
        LOG.info("Intake endpoint listening on {}:{}", settings.bindAddress(), port());
        return port();
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange ex, String method, boolean needsToken, Function<byte[], Object> work)
            throws IOException {
        try (ex) {
            if (!ex.getRequestURI().getPath().equals(ex.getHttpContext().getPath())) {
                send(ex, 404, Map.of("error", "no such resource: " + ex.getRequestURI().getPath()));
            } else if (!method.equals(ex.getRequestMethod())) {
                ex.getResponseHeaders().set("Allow", method);
                send(ex, 405, Map.of("error", "use " + method));
            } else if (needsToken && !authorized(ex.getRequestHeaders().getFirst("Authorization"))) {
                ex.getResponseHeaders().set("WWW-Authenticate", "Bearer");
                send(ex, 401, Map.of("error", "missing or wrong token: send Authorization: Bearer <token>"));
            } else {
                byte[] body = read(ex.getRequestBody());
                if (body == null) {
                    send(ex, 413, Map.of("error", "body larger than " + MAX_BODY + " bytes"));
                    return;
                }
                Object answer = respond(work, body);
                send(ex, answer instanceof Failure f ? f.status : method.equals("GET") ? 200 : 202,
                        answer instanceof Failure f ? Map.of("error", f.message) : answer);
            }
        }
    }

    private record Failure(int status, String message) {
    }

    private Object respond(Function<byte[], Object> work, byte[] body) {
        try {
            return work.apply(body);
        } catch (BadRequestException e) {
            return new Failure(400, e.getMessage());
        } catch (UnknownSensorException | NoSuchElementException e) {
            return new Failure(404, e.getMessage());
        } catch (ActionRefusedException e) {
            return new Failure(422, e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("Intake request failed; nothing was recorded", e);
            return new Failure(503, "not recorded (" + e.getClass().getSimpleName() + "): retry later");
        }
    }

    private boolean authorized(String header) {
        if (header == null || !header.startsWith("Bearer ")) {
            return false;
        }
        return MessageDigest.isEqual(header.substring(7).strip().getBytes(StandardCharsets.UTF_8),
                settings.token().getBytes(StandardCharsets.UTF_8));
    }

    private static Map<String, Object> accepted(IntakeResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("event_id", r.event().getId());
        m.put("number", r.event().getNumber());
        m.put("state", r.event().getState().name());
        m.put("placement", r.event().getPlacement() == null ? null : r.event().getPlacement().name());
        m.put("already_known", r.alreadyKnown());
        m.put("proposed_lead", r.proposal() == null || r.proposal().lead() == null ? null : r.proposal().lead().name());
        return m;
    }

    private static Map<String, Object> accepted(SensorReadingResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sensor_code", r.sensorCode());
        m.put("state", r.state().name());
        m.put("event_id", r.eventId());
        m.put("event_number", r.eventNumber());
        m.put("event_created", r.eventCreated());
        return m;
    }

    private static byte[] read(InputStream in) throws IOException {
        byte[] body = in.readNBytes(MAX_BODY + 1);
        return body.length > MAX_BODY ? null : body;
    }

    private static void send(HttpExchange ex, int status, Object json) throws IOException {
        byte[] bytes = JSON.writeValueAsBytes(json);
        ex.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            server.stop(1);
            executor.shutdown();
            server = null;
        }
    }
}
