package org.gridcommand.service.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.gridcommand.domain.account.ApiToken;
import org.gridcommand.service.account.TokenService;

/**
 * The intake endpoint's view of the sending systems' tokens: a token's answer (its sending system, or none) is kept
 * for {@link #FRESH} so that a busy sender costs one lookup in the database per few seconds, not one per request;
 * a revoked token is therefore refused at most {@link #FRESH} after the administrator revoked it, and the token's
 * last-used time is as exact. Wrong tokens are not kept (the {@link TokenGuard} limits how often they are tried).
 */
final class SenderTokens {
    static final Duration FRESH = Duration.ofSeconds(5);
    private static final int MAX_KEPT = 1_000;

    private record Known(ApiToken sender, Instant until) {
    }

    private final TokenService tokens;
    private final Clock realTime;
    private final ConcurrentMap<String, Known> known = new ConcurrentHashMap<>();

    SenderTokens(TokenService tokens, Clock realTime) {
        this.tokens = tokens;
        this.realTime = realTime;
    }

    /** The sending system {@code secret} belongs to; empty for a missing, wrong or revoked token. */
    Optional<ApiToken> sender(String secret) {
        if (secret == null || secret.isBlank()) {
            return Optional.empty();
        }
        Instant now = realTime.instant();
        Known k = known.get(secret);
        if (k != null && now.isBefore(k.until())) {
            return Optional.of(k.sender());
        }
        Optional<ApiToken> found = tokens.sender(secret);
        if (found.isPresent()) {
            if (known.size() >= MAX_KEPT) {
                known.clear();
            }
            known.put(secret, new Known(found.get(), now.plus(FRESH)));
        } else {
            known.remove(secret);
        }
        return found;
    }
}
