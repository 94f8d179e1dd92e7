package org.gridcommand.service.intake;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Slows down token guessing. An address that sends {@value #FAILURES} wrong tokens within {@link #WINDOW} is
 * refused for {@link #FIRST_LOCK}; every further wrong token doubles that (up to {@link #LONGEST_LOCK}). While
 * refused, every request of that address that needs a token gets 429 — even with the right token, or a guesser would
 * still learn when it guessed right. Failures are logged with the address, never with the token. Remembers at most
 * {@value #ADDRESSES} addresses (the longest unused ones are forgotten first). A right token does not wipe the count
 * (a guesser behind the same address as a busy sender would otherwise guess for ever); a quiet minute does.
 * Thread-safe.
 */
final class TokenGuard {
    static final int FAILURES = 10;
    static final Duration WINDOW = Duration.ofMinutes(1);
    static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    static final Duration LONGEST_LOCK = Duration.ofMinutes(15);
    private static final int ADDRESSES = 10_000;
    private static final Logger LOG = LoggerFactory.getLogger(TokenGuard.class);

    private static final class Record {
        int failures;
        Instant lastFailure;
        Instant lockedUntil = Instant.MIN;
    }

    private final Clock clock;
    private final Map<String, Record> byAddress = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Record> eldest) {
            return size() > ADDRESSES;
        }
    };

    /** @param clock real time (not the application clock, which a drill may run fast) */
    TokenGuard(Clock clock) {
        this.clock = clock;
    }

    /** How long {@code address} is still refused; zero when it is not. */
    synchronized Duration refusedFor(String address) {
        Record r = byAddress.get(address);
        if (r == null) {
            return Duration.ZERO;
        }
        Duration left = Duration.between(clock.instant(), r.lockedUntil);
        return left.isNegative() ? Duration.ZERO : left;
    }

    /** Counts a wrong or missing token from {@code address}; returns how long it is now refused (zero: not yet). */
    synchronized Duration failed(String address) {
        Instant now = clock.instant();
        Record r = byAddress.computeIfAbsent(address, a -> new Record());
        boolean locked = now.isBefore(r.lockedUntil);
        if (!locked && r.lastFailure != null && Duration.between(r.lastFailure, now).compareTo(WINDOW) > 0) {
            r.failures = 0; // a quiet minute forgives earlier mistakes
        }
        r.failures++;
        r.lastFailure = now;
        if (r.failures == 1) {
            LOG.warn("Intake: wrong or missing token from {} (after {} failures in {} s it is refused for a while)",
                    address, FAILURES, WINDOW.toSeconds());
        }
        if (r.failures < FAILURES) {
            return Duration.ZERO;
        }
        int doublings = Math.min(r.failures - FAILURES, 10);
        Duration lock = FIRST_LOCK.multipliedBy(1L << doublings);
        lock = lock.compareTo(LONGEST_LOCK) > 0 ? LONGEST_LOCK : lock;
        r.lockedUntil = now.plus(lock);
        if (r.failures == FAILURES || Integer.bitCount(r.failures - FAILURES) == 1) {
            LOG.warn("Intake: {} wrong tokens from {}; its requests are refused (429) for {} s", r.failures, address,
                    lock.toSeconds());
        }
        return lock;
    }
}
