package org.gridcommand.service.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Probes guessed 4,000 tokens at 2,206/s with no limit and no log line. */
class TokenGuessingTest {
    @TempDir
    Path dir;

    /** A clock the test moves by hand. */
    static final class HandClock extends Clock {
        Instant now = Instant.parse("2026-11-24T02:00:00Z");

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void after_ten_wrong_tokens_an_address_gets_429_even_with_the_right_one_and_health_still_answers()
            throws Exception {
        try (IntakeFixture intake = new IntakeFixture(SmallCity.onH2(dir), IntakeServer.Limits.DEFAULT)) {
            String body = "{\"channel\":\"AI_CAMERA\",\"title\":\"占道\"}";
            for (int i = 0; i < TokenGuard.FAILURES - 1; i++) {
                assertThat(intake.post("/api/v1/reports", body, "guess-" + i + "-guess-guess").statusCode())
                        .isEqualTo(401);
            }
            HttpResponse<String> locked = intake.post("/api/v1/reports", body, "guess-last-guess-guess");
            assertThat(locked.statusCode()).isEqualTo(429);
            assertThat(locked.headers().firstValue("Retry-After")).hasValue("30");
            assertThat(locked.body()).contains("too many wrong tokens");

            assertThat(intake.post("/api/v1/reports", body).statusCode()).isEqualTo(429);
            assertThat(intake.health(Duration.ofSeconds(5)).statusCode()).isEqualTo(200);
            assertThat(intake.city.count("event")).isZero();
        }
    }

    @Test
    void each_further_wrong_token_doubles_the_wait_and_a_quiet_spell_ends_it() {
        HandClock clock = new HandClock();
        TokenGuard guard = new TokenGuard(clock);
        for (int i = 1; i < TokenGuard.FAILURES; i++) {
            assertThat(guard.failed("10.0.0.9")).isZero();
        }
        assertThat(guard.failed("10.0.0.9")).isEqualTo(Duration.ofSeconds(30));
        assertThat(guard.failed("10.0.0.9")).isEqualTo(Duration.ofSeconds(60));
        assertThat(guard.failed("10.0.0.9")).isEqualTo(Duration.ofSeconds(120));
        assertThat(guard.refusedFor("10.0.0.7")).as("another address").isZero();
        for (int i = 0; i < 20; i++) {
            guard.failed("10.0.0.9");
        }
        assertThat(guard.refusedFor("10.0.0.9")).isEqualTo(TokenGuard.LONGEST_LOCK);

        clock.now = clock.now.plus(TokenGuard.LONGEST_LOCK).plusSeconds(1);
        assertThat(guard.refusedFor("10.0.0.9")).isZero();
        clock.now = clock.now.plus(TokenGuard.WINDOW).plusSeconds(1);
        assertThat(guard.failed("10.0.0.9")).as("a quiet minute forgives").isZero();
    }
}
