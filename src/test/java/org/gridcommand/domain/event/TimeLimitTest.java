package org.gridcommand.domain.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimeLimitTest {
    static final Instant REGISTERED = Instant.parse("2026-11-24T02:00:00Z");

    private static TimeLimit.Countdown at(TimeLimit limit, Duration afterRegistration) {
        Clock fixed = Clock.fixed(REGISTERED.plus(afterRegistration), ZoneOffset.UTC);
        return limit.at(fixed.instant());
    }

    @Test
    void a_ten_day_limit_turns_yellow_two_days_before_and_red_after() {
        TimeLimit tenDays = new TimeLimit(REGISTERED, REGISTERED.plus(Duration.ofDays(10)));
        assertThat(at(tenDays, Duration.ofDays(7)).status()).isEqualTo(TimeLimitStatus.NORMAL);
        assertThat(at(tenDays, Duration.ofDays(8).plusMinutes(1)).status()).isEqualTo(TimeLimitStatus.WARNING);
        TimeLimit.Countdown late = at(tenDays, Duration.ofDays(10).plusHours(3));
        assertThat(late.status()).isEqualTo(TimeLimitStatus.OVERDUE);
        assertThat(late.remaining()).isEqualTo(Duration.ofHours(-3));
    }

    @Test
    void a_four_hour_limit_turns_yellow_with_less_than_an_hour_left() {
        TimeLimit fourHours = new TimeLimit(REGISTERED, REGISTERED.plus(Duration.ofHours(4)));
        TimeLimit.Countdown c = at(fourHours, Duration.ofMinutes(170));
        assertThat(c.status()).isEqualTo(TimeLimitStatus.NORMAL);
        assertThat(c.remaining()).isEqualTo(Duration.ofMinutes(70));
        assertThat(at(fourHours, Duration.ofMinutes(181)).status()).isEqualTo(TimeLimitStatus.WARNING);
        assertThat(at(fourHours, Duration.ofHours(4)).status()).isEqualTo(TimeLimitStatus.WARNING);
        assertThat(at(fourHours, Duration.ofHours(4).plusSeconds(1)).status()).isEqualTo(TimeLimitStatus.OVERDUE);
    }

    @Test
    void a_closed_event_has_no_countdown() {
        Event e = new Event(1, "SJ-1", "t", null, Channel.HOTLINE, 1L, Urgency.NORMAL, null, null, REGISTERED);
        e.setDeadlines(REGISTERED, REGISTERED.plusSeconds(60), REGISTERED.plusSeconds(3600));
        assertThat(TimeLimit.ofHandling(e, REGISTERED.plusSeconds(1)).status()).isEqualTo(TimeLimitStatus.WARNING);
        e.apply(new EventStateMachine(), EventAction.CANCEL, "误报", REGISTERED);
        assertThat(TimeLimit.ofHandling(e, REGISTERED)).isNull();
    }
}
