package org.gridcommand.service.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.ByteBuffer;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.Optional;
import java.util.function.BiFunction;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.gridcommand.domain.account.ApiToken;
import org.gridcommand.service.event.ActionRefusedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes the endpoint's requests and writes its answers (see {@link IntakeServer} for the contract). Nothing here
 * blocks a server thread: the token is checked at once, the body is read asynchronously, and the database work
 * runs on the {@code writers} executor, which answers through Jetty's callback.
 */
final class IntakeHandler extends Handler.Abstract {
    /** What the two POST paths do with a complete body from a sending system; a returned map is the 202 answer. */
    record Work(BiFunction<byte[], ApiToken, Object> report, BiFunction<byte[], ApiToken, Object> reading) {
    }

    static final String HEALTH = "/api/v1/health";
    static final String REPORTS = "/api/v1/reports";
    static final String READINGS = "/api/v1/sensor-readings";
    static final int MAX_BODY = 1 << 20;
    /** Larger bodies than this are not read to their end before the 413. */
    private static final long DRAINED = 16L << 20;
    private static final Logger LOG = LoggerFactory.getLogger(IntakeHandler.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final SenderTokens senders;
    private final TokenGuard guard;
    private final Work work;
    private final Executor writers;
    private final Clock clock;

    IntakeHandler(SenderTokens senders, TokenGuard guard, Work work, Executor writers, Clock clock) {
        this.senders = senders;
        this.guard = guard;
        this.work = work;
        this.writers = writers;
        this.clock = clock;
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        String path = Request.getPathInContext(request);
        BiFunction<byte[], ApiToken, Object> job = switch (path) {
            case REPORTS -> work.report();
            case READINGS -> work.reading();
            default -> null;
        };
        String method = request.getMethod();
        if (job == null && !HEALTH.equals(path)) {
            send(response, callback, 404, error("no such resource: " + path));
        } else if (job == null) {
            if (!"GET".equals(method)) {
                refuseMethod(response, callback, "GET");
            } else {
                send(response, callback, 200, Map.of("status", "ok", "time", clock.instant().toString()));
            }
        } else if (!"POST".equals(method)) {
            refuseMethod(response, callback, "POST");
        } else {
            ApiToken sender = admitted(request, response, callback);
            if (sender == null) {
                return true;
            }
            if (request.getLength() > MAX_BODY) {
                tooLarge(request, response, callback);
            } else {
                Content.Source.asByteArrayAsync(request, MAX_BODY).whenComplete((body, failure) -> {
                    if (failure != null) {
                        tooLarge(request, response, callback);
                    } else {
                        schedule(job, body, sender, response, callback);
                    }
                });
            }
        }
        return true;
    }

    /**
     * 413. A body of moderate size is read to its end and dropped first: a client still sending when the answer
     * goes out would see a reset connection instead of the reason. A huge one is not worth the bandwidth.
     */
    private static void tooLarge(Request request, Response response, Callback callback) {
        Map<String, Object> answer = error("body larger than " + MAX_BODY + " bytes (or unreadable)");
        if (request.getLength() > DRAINED) {
            send(response, callback, 413, answer);
            return;
        }
        Content.Source.consumeAll(request, Callback.from(() -> send(response, callback, 413, answer),
                x -> send(response, callback, 413, answer)));
    }

    /**
     * Checks the token (a sending system's, not revoked) and the address's record of wrong ones; answers 401 / 429
     * itself and returns null when not admitted.
     */
    private ApiToken admitted(Request request, Response response, Callback callback) {
        String address = Request.getRemoteAddr(request);
        Duration refused = guard.refusedFor(address);
        Optional<ApiToken> sender = senders.sender(bearer(request.getHeaders().get(HttpHeader.AUTHORIZATION)));
        boolean right = sender.isPresent();
        if (right && refused.isZero()) {
            return sender.get();
        }
        Duration lock = right ? refused : guard.failed(address);
        if (lock.isZero()) {
            response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer");
            send(response, callback, 401, error("missing, wrong or revoked token: send Authorization: Bearer <token>, "
                    + "the token the administrator issued to this sending system (gridcommand token issue)"));
        } else {
            long seconds = Math.max(1, lock.toSeconds());
            response.getHeaders().put(HttpHeader.RETRY_AFTER, Long.toString(seconds));
            send(response, callback, 429, error("too many wrong tokens from " + address + ": refused for " + seconds
                    + " s. Check the token the sender is configured with."));
        }
        return null;
    }

    private static String bearer(String header) {
        return header == null || !header.startsWith("Bearer ") ? null : header.substring(7).strip();
    }

    private void schedule(BiFunction<byte[], ApiToken, Object> job, byte[] body, ApiToken sender, Response response,
                          Callback callback) {
        try {
            writers.execute(() -> {
                Answer a = answer(job, body, sender);
                send(response, callback, a.status, a.body);
            });
        } catch (RejectedExecutionException e) {
            response.getHeaders().put(HttpHeader.RETRY_AFTER, "5");
            send(response, callback, 503, error("busy: too many reports waiting; nothing was recorded, retry in a "
                    + "few seconds"));
        }
    }

    private record Answer(int status, Object body) {
    }

    private static Answer answer(BiFunction<byte[], ApiToken, Object> job, byte[] body, ApiToken sender) {
        try {
            return new Answer(202, job.apply(body, sender));
        } catch (BadRequestException e) {
            return new Answer(400, error(e.getMessage()));
        } catch (WrongChannelException e) {
            return new Answer(403, error(e.getMessage()));
        } catch (UnknownSensorException | NoSuchElementException e) {
            return new Answer(404, error(e.getMessage()));
        } catch (ActionRefusedException e) {
            return new Answer(422, error(e.getMessage()));
        } catch (RuntimeException e) {
            if (refusedValue(e)) {
                // a value the checks let through but the database cannot hold: still the sender's to fix
                LOG.info("Intake request refused by the database: {}", e.getMessage());
                return new Answer(400, error("a value does not fit the database: " + rootMessage(e)));
            }
            LOG.warn("Intake request failed; nothing was recorded", e);
            return new Answer(503, error("not recorded (" + e.getClass().getSimpleName() + "): retry later"));
        }
    }

    /** SQLSTATE class 22: data exception (value too long, out of range, invalid date …), on H2 and PostgreSQL. */
    private static boolean refusedValue(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("22")) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        String m = String.valueOf(t.getMessage());
        return m.length() > 300 ? m.substring(0, 300) + "…" : m;
    }

    private static void refuseMethod(Response response, Callback callback, String allowed) {
        response.getHeaders().put(HttpHeader.ALLOW, allowed);
        send(response, callback, 405, error("use " + allowed));
    }

    private static Map<String, Object> error(String message) {
        return Map.of("error", message);
    }

    private static void send(Response response, Callback callback, int status, Object json) {
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(json);
        } catch (JsonProcessingException e) {
            callback.failed(e);
            return;
        }
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.write(true, ByteBuffer.wrap(bytes), callback);
    }
}
