package org.gridcommand.service.intake;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.gridcommand.service.event.EventService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The intake endpoint the grid app, the sensor platform and the camera platform post to (HTTP/1.1, JSON):
 * <ul>
 * <li>{@code POST /api/v1/reports} — a report ({@link IntakeRequests}); 202 with the event once committed</li>
 * <li>{@code POST /api/v1/sensor-readings} — a reading; 202 with the sensor state and any alarm event</li>
 * <li>{@code GET /api/v1/health} — 200 {"status":"ok"}; the only path that needs no token</li>
 * </ul>
 * Every other request needs {@code Authorization: Bearer <token>} (401 otherwise; 429 for a while after repeated
 * wrong tokens from one address, {@link TokenGuard}). A body that is not understood or not plausible gets 400 with
 * the reason; a refusal by the closed loop 422; an unknown sensor 404; a failure of the server 503 — and then
 * nothing was recorded, so the sender retries (re-sending with the same external id never duplicates). 202 is only
 * sent after the transaction committed. Binds to loopback unless told otherwise.
 * <p>
 * Hardened against slow and greedy clients (ADR 0015): Jetty parses requests without holding a thread, so idle or
 * half-sent requests cost a socket, not a worker; a connection silent for {@link Limits#idleTimeout} is closed;
 * one address may hold {@link Limits#connectionsPerClient} connections, all clients together
 * {@link Limits#connections}. Bodies are read asynchronously; only a complete body is handed to one of
 * {@link Limits#writers} database workers, with at most {@link Limits#queued} waiting (503 "busy" beyond).
 */
public final class IntakeServer implements AutoCloseable {
    /** How much the endpoint lets clients hold. */
    public record Limits(Duration idleTimeout, int connectionsPerClient, int connections, int writers, int queued) {
        /** 15 s idle, 64 connections per address (a platform posts in parallel), 1,000 in all, 4 database workers,
         * 256 requests waiting for one. */
        public static final Limits DEFAULT = new Limits(Duration.ofSeconds(15), 64, 1000, 4, 256);

        public Limits withWriters(int n) {
            return new Limits(idleTimeout, connectionsPerClient, connections, n, queued);
        }

        public Limits withIdleTimeout(Duration d) {
            return new Limits(d, connectionsPerClient, connections, writers, queued);
        }

        public Limits withConnectionsPerClient(int n) {
            return new Limits(idleTimeout, n, connections, writers, queued);
        }
    }

    /** Where to listen, the shared secret and the limits. Port 0 picks a free port. */
    public record Settings(String bindAddress, int port, String token, Limits limits) {
        public Settings {
            bindAddress = bindAddress == null || bindAddress.isBlank() ? "127.0.0.1" : bindAddress;
            if (token == null || token.length() < 16) {
                throw new IllegalArgumentException("The intake token must have at least 16 characters.");
            }
            limits = limits == null ? Limits.DEFAULT : limits;
        }

        public Settings(String bindAddress, int port, String token) {
            this(bindAddress, port, token, Limits.DEFAULT);
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(IntakeServer.class);

    private final Settings settings;
    private final IntakeHandler.Work work;
    private final Clock clock;
    private final Clock realTime;
    private Server server;
    private ServerConnector connector;
    private ThreadPoolExecutor writers;

    public IntakeServer(Settings settings, EventService events, SensorAlarmService sensors, Clock clock) {
        this(settings, events, sensors, clock, Clock.systemUTC());
    }

    /** @param realTime for the token guard's lock-outs (a drill's application clock may run fast) */
    IntakeServer(Settings settings, EventService events, SensorAlarmService sensors, Clock clock, Clock realTime) {
        this.settings = settings;
        IntakeRequests requests = new IntakeRequests(clock);
        this.work = new IntakeHandler.Work(body -> IntakeAnswers.of(events.intake(requests.report(body))),
                body -> IntakeAnswers.of(sensors.record(requests.reading(body))));
        this.clock = clock;
        this.realTime = realTime;
    }

    /** Starts listening; returns the bound port. */
    public synchronized int start() throws IOException {
        Limits limits = settings.limits();
        QueuedThreadPool threads = new QueuedThreadPool(16, 2);
        threads.setName("intake-http");
        threads.setDaemon(true);
        server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        http.setRequestHeaderSize(8 * 1024);
        connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(settings.bindAddress());
        connector.setPort(settings.port());
        connector.setIdleTimeout(limits.idleTimeout().toMillis());
        connector.addBean(new ClientConnectionLimit(limits.connectionsPerClient()));
        server.addConnector(connector);
        server.addBean(new NetworkConnectionLimit(limits.connections(), connector));
        writers = writers(limits);
        server.setHandler(new IntakeHandler(settings.token(), new TokenGuard(realTime), work, writers, clock));
        try {
            server.start();
        } catch (Exception e) {
            close();
            throw new IOException("Cannot listen on " + settings.bindAddress() + ":" + settings.port() + ": "
                    + e.getMessage(), e);
        }
        LOG.info("Intake endpoint listening on {}:{} (idle timeout {} s, {} connections per client)",
                settings.bindAddress(), port(), limits.idleTimeout().toSeconds(), limits.connectionsPerClient());
        return port();
    }

    public synchronized int port() {
        return connector.getLocalPort();
    }

    /** The database workers: a fixed few, with a bounded queue, so that a flood is refused instead of piling up. */
    private static ThreadPoolExecutor writers(Limits limits) {
        AtomicInteger n = new AtomicInteger();
        return new ThreadPoolExecutor(limits.writers(), limits.writers(), 0, TimeUnit.MILLISECONDS,
                new ArrayBlockingQueue<>(limits.queued()), r -> {
                    Thread t = new Thread(r, "intake-writer-" + n.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.AbortPolicy());
    }

    @Override
    public synchronized void close() {
        if (server != null) {
            try {
                server.stop();
            } catch (Exception e) {
                LOG.warn("Intake endpoint did not stop cleanly: {}", e.getMessage());
            }
            server = null;
        }
        if (writers != null) {
            writers.shutdown();
            try {
                writers.awaitTermination(10, TimeUnit.SECONDS); // let committed work answer before the JVM exits
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            writers = null;
        }
    }
}
