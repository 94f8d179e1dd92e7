package org.gridcommand.domain.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;
import org.junit.jupiter.api.Test;

class WorkingCalendarTest {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    static Instant at(int month, int day, int hour, int minute) {
        return LocalDateTime.of(2026, month, day, hour, minute).atZone(SHANGHAI).toInstant();
    }

    @Test
    void time_within_a_morning_is_plain_addition() {
        assertThat(WorkingCalendar.standard().plusWorkingTime(at(11, 24, 9, 30), Duration.ofHours(2)))
                .isEqualTo(at(11, 24, 11, 30));
    }

    @Test
    void the_lunch_break_does_not_count() {
        assertThat(WorkingCalendar.standard().plusWorkingTime(at(11, 24, 11, 0), Duration.ofHours(2)))
                .isEqualTo(at(11, 24, 14, 30));
    }

    @Test
    void a_report_at_night_starts_counting_the_next_morning_and_weekends_do_not_count() {
        WorkingCalendar c = WorkingCalendar.standard();
        assertThat(c.plusWorkingTime(at(11, 24, 22, 0), Duration.ofHours(1))).isEqualTo(at(11, 25, 10, 0));
        // Friday 17:00 + 2 h → Monday 10:00
        assertThat(c.plusWorkingTime(at(11, 27, 17, 0), Duration.ofHours(2))).isEqualTo(at(11, 30, 10, 0));
        // two working days = 15 h
        assertThat(c.plusWorkingTime(at(11, 24, 9, 0), Duration.ofMinutes(15 * 60))).isEqualTo(at(11, 25, 18, 0));
    }

    @Test
    void holidays_are_skipped_and_make_up_working_days_count() {
        WorkingCalendar c = WorkingCalendar.standard(Set.of(LocalDate.of(2026, 11, 30)),
                Set.of(LocalDate.of(2026, 11, 28)));
        // Friday 17:00 + 2 h: 1 h on Friday, then Saturday 28th is a make-up working day
        assertThat(c.plusWorkingTime(at(11, 27, 17, 0), Duration.ofHours(2))).isEqualTo(at(11, 28, 10, 0));
        // Saturday 18:00 + 1 h: Sunday off, Monday holiday → Tuesday 10:00
        assertThat(c.plusWorkingTime(at(11, 28, 18, 0), Duration.ofHours(1))).isEqualTo(at(12, 1, 10, 0));
        assertThat(c.isWorkingDay(LocalDate.of(2026, 11, 30))).isFalse();
    }
}
