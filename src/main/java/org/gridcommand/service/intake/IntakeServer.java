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
import org.gridcommand.domain.account.ApiToken;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.service.account.TokenService;
import org.gridcommand.service.event.EventService;
import org.gridcommand.service.event.IntakeReport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The intake endpoint the grid app, the sensor platform and the camera platform post to (HTTP/1.1, JSON):
 * <ul>
 * <li>{@code POST /api/v1/reports} — a report ({@link IntakeRequests}); 202 with the event once committed</li>
 * <li>{@code POST /api/v1/sensor-readings} — a reading; 202 with the sensor state and any alarm event</li>
 * <li>{@code GET /api/v1/health} — 200 {"status":"ok"}; the only path that needs no token</li>
 * </ul>
 * Every other request needs {@code Authorization: Bearer <token>} with the token an administrator issued to this
 * sending system (grid app, sensor platform, camera platform; {@code gridcommand token issue NAME --channel C}):
 * 401 for a missing, wrong or revoked one; 429 for a while after repeated wrong tokens from one address
 * ({@link TokenGuard}); 403 for a report on another channel than the token's, or a reading without the sensor
 * platform's token. The history's report line names the sending system (the token's name), whatever the body
 * says. A body that is not understood or not plausible gets 400 with the reason; a refusal by the closed loop
 * 422; an unknown sensor 404; a failure of the server 503 — and then
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

    /** Where to listen and the limits. Port 0 picks a free port. */
    public record Settings(String bindAddress, int port, Limits limits) {
        public Settings {
            bindAddress = bindAddress == null || bindAddress.isBlank() ? "127.0.0.1" : bindAddress;
            limits = limits == null ? Limits.DEFAULT : limits;
        }

        public Settings(String bindAddress, int port) {
            this(bindAddress, port, Limits.DEFAULT);
        }
    }

    private static final Logger LOG = LoggerFactory.getLogger(IntakeServer.class);

    private final Settings settings;
    private final IntakeHandler.Work work;
    private final TokenService tokens;
    private final Clock clock;
    private final Clock realTime;
    private Server server;
    private ServerConnector connector;
    private ThreadPoolExecutor writers;

    /** @param tokens the sending systems' tokens (checked against nobody: the endpoint only reads them) */
    public IntakeServer(Settings settings, EventService events, SensorAlarmService sensors, TokenService tokens,
                        Clock clock) {
        this(settings, events, sensors, tokens, clock, Clock.systemUTC());
    }

    /** @param realTime for the token guard's lock-outs (a drill's application clock may run fast) */
    IntakeServer(Settings settings, EventService events, SensorAlarmService sensors, TokenService tokens, Clock clock,
                 Clock realTime) {
        this.settings = settings;
        this.tokens = tokens;
        IntakeRequests requests = new IntakeRequests(clock);
        this.work = new IntakeHandler.Work(
                (body, sender) -> IntakeAnswers.of(events.intake(onItsChannel(requests.report(body), sender))),
                (body, sender) -> IntakeAnswers.of(sensors.record(fromSensorPlatform(requests.reading(body),
                        sender))));
        this.clock = clock;
        this.realTime = realTime;
    }

    /** The report as its sending system may send it: on the token's channel only, recorded under its name. */
    private static IntakeReport onItsChannel(IntakeReport report, ApiToken sender) {
        if (report.channel() != sender.channel()) {
            throw new WrongChannelException("the token " + sender.name() + " sends on channel " + sender.channel()
                    + ", not " + report.channel() + "; nothing was recorded. Each sending system reports on its own "
                    + "channel with its own token.");
        }
        return report.sentBy(sender.name());
    }

    private static SensorReading fromSensorPlatform(SensorReading reading, ApiToken sender) {
        if (sender.channel() != Channel.SENSOR) {
            throw new WrongChannelException("sensor readings come from the sensor platform: the token "
                    + sender.name() + " sends on channel " + sender.channel() + "; nothing was recorded.");
        }
        return reading;
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
        server.setHandler(new IntakeHandler(new SenderTokens(tokens, realTime), new TokenGuard(realTime), work,
                writers, clock));
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
