package org.gridcommand.domain.drill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.gridcommand.domain.time.ConsoleClock;
import org.junit.jupiter.api.Test;

/** The trainer drives the console's clock: start, pause, resume, speeds and jumps to the next inject. */
class DrillClockTest {
    private static final Instant SCENARIO_START = Instant.parse("2026-07-12T15:00:00Z");

    /** Real time, moved by the test. */
    private static final class WallTime extends Clock {
        private Instant now = Instant.parse("2026-12-03T09:00:00Z");

        void pass(Duration d) {
            now = now.plus(d);
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("UTC");
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

    private final WallTime wall = new WallTime();
    private final ConsoleClock console = new ConsoleClock(wall, ZoneId.of("Asia/Shanghai"));
    private final DrillClock drill = new DrillClock(console, SCENARIO_START);

    @Test
    void the_console_clock_shows_scenario_time_and_runs_at_the_chosen_speed() {
        drill.start(DrillSpeed.X1);
        assertThat(console.instant()).isEqualTo(SCENARIO_START);

        wall.pass(Duration.ofMinutes(2));
        assertThat(drill.elapsed()).isEqualTo(Duration.ofMinutes(2));

        drill.setSpeed(DrillSpeed.X60);
        wall.pass(Duration.ofSeconds(30));
        assertThat(drill.elapsed()).isEqualTo(Duration.ofMinutes(32));
        assertThat(console.instant()).isEqualTo(SCENARIO_START.plus(Duration.ofMinutes(32)));
    }

    @Test
    void every_offered_speed_runs_that_many_times_real_time() {
        for (DrillSpeed speed : DrillSpeed.values()) {
            WallTime w = new WallTime();
            DrillClock d = new DrillClock(new ConsoleClock(w, ZoneId.of("UTC")), SCENARIO_START);
            d.start(speed);
            w.pass(Duration.ofSeconds(10));
            assertThat(d.elapsed()).as("%s", speed).isEqualTo(Duration.ofSeconds(10L * speed.factor()));
        }
        assertThat(DrillSpeed.of(60)).isEqualTo(DrillSpeed.X60);
        assertThat(DrillSpeed.of(3)).isNull();
    }

    @Test
    void a_pause_for_discussion_stops_time_limits_until_the_trainer_resumes() {
        drill.start(DrillSpeed.X10);
        wall.pass(Duration.ofSeconds(60));
        drill.pause();
        assertThat(console.frozen()).isTrue();

        wall.pass(Duration.ofMinutes(15));
        assertThat(drill.elapsed()).isEqualTo(Duration.ofMinutes(10));

        drill.setSpeed(DrillSpeed.X2);
        wall.pass(Duration.ofMinutes(1));
        assertThat(drill.elapsed()).as("a speed chosen while paused waits for the resume")
                .isEqualTo(Duration.ofMinutes(10));

        drill.resume();
        wall.pass(Duration.ofSeconds(30));
        assertThat(drill.elapsed()).isEqualTo(Duration.ofMinutes(11));
    }

    @Test
    void jump_to_the_next_inject_skips_the_quiet_time_and_keeps_a_paused_clock_paused() {
        List<Duration> injects = List.of(Duration.ofMinutes(5), Duration.ofMinutes(25), Duration.ofMinutes(40));
        drill.start(DrillSpeed.X1);
        wall.pass(Duration.ofMinutes(6));

        assertThat(drill.jumpToNext(injects)).contains(Duration.ofMinutes(25));
        assertThat(drill.elapsed()).isEqualTo(Duration.ofMinutes(25));
        wall.pass(Duration.ofMinutes(1));
        assertThat(drill.elapsed()).isEqualTo(Duration.ofMinutes(26));

        drill.pause();
        assertThat(drill.jumpToNext(injects)).contains(Duration.ofMinutes(40));
        wall.pass(Duration.ofMinutes(5));
        assertThat(drill.elapsed()).isEqualTo(Duration.ofMinutes(40));
        assertThat(drill.state()).isEqualTo(DrillClock.State.PAUSED);

        assertThat(drill.jumpToNext(injects)).isEmpty();
    }

    @Test
    void the_end_of_the_drill_gives_the_console_real_time_back() {
        drill.start(DrillSpeed.X60);
        wall.pass(Duration.ofMinutes(1));
        drill.end();
        assertThat(console.instant()).isEqualTo(wall.instant());
        assertThat(console.speed()).isEqualTo(1.0);
    }

    @Test
    void controls_the_state_does_not_allow_are_refused() {
        assertThatThrownBy(drill::pause).isInstanceOf(IllegalStateException.class);
        drill.start(DrillSpeed.X1);
        assertThatThrownBy(drill::resume).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> drill.start(DrillSpeed.X1)).isInstanceOf(IllegalStateException.class);
    }
}
