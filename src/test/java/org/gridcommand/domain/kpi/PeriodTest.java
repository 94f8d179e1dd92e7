package org.gridcommand.domain.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.gridcommand.domain.time.WorkingCalendar;
import org.junit.jupiter.api.Test;

/** The periods a bulletin compares, and the working hours 平均处置时长 counts. */
class PeriodTest {
    static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

    @Test
    void a_week_runs_monday_to_sunday_and_compares_with_the_week_before_and_the_same_week_a_year_earlier() {
        Period week = Period.of(PeriodKind.WEEK, LocalDate.of(2026, 11, 26), SHANGHAI);
        assertThat(week.first()).isEqualTo(LocalDate.of(2026, 11, 23));
        assertThat(week.last()).isEqualTo(LocalDate.of(2026, 11, 29));
        assertThat(week.previous().first()).isEqualTo(LocalDate.of(2026, 11, 16));
        assertThat(week.yearEarlier().first().getDayOfWeek()).isEqualTo(DayOfWeek.MONDAY);
    }

    @Test
    void march_compares_with_february_and_with_march_a_year_earlier() {
        Period march = Period.of(PeriodKind.MONTH, LocalDate.of(2026, 3, 31), SHANGHAI);
        assertThat(march.previous()).isEqualTo(new Period(PeriodKind.MONTH, LocalDate.of(2026, 2, 1),
                LocalDate.of(2026, 2, 28), SHANGHAI));
        assertThat(march.yearEarlier().first()).isEqualTo(LocalDate.of(2025, 3, 1));
        assertThat(Period.of(PeriodKind.QUARTER, LocalDate.of(2026, 5, 9), SHANGHAI).first())
                .isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(march.contains(LocalDate.of(2026, 3, 31).atTime(23, 59).atZone(SHANGHAI).toInstant())).isTrue();
        assertThat(march.contains(LocalDate.of(2026, 4, 1).atStartOfDay(SHANGHAI).toInstant())).isFalse();
    }

    @Test
    void dispatched_friday_at_five_and_handled_monday_at_ten_took_two_working_hours() {
        WorkingCalendar calendar = WorkingCalendar.standard();
        Instant friday = LocalDate.of(2026, 11, 27).atTime(17, 0).atZone(SHANGHAI).toInstant();
        Instant monday = LocalDate.of(2026, 11, 30).atTime(10, 0).atZone(SHANGHAI).toInstant();
        assertThat(calendar.workingTimeBetween(friday, monday)).isEqualTo(Duration.ofHours(2));
        assertThat(calendar.workingTimeBetween(monday, friday)).isEqualTo(Duration.ZERO);
        Instant lunch = LocalDate.of(2026, 11, 30).atTime(12, 30).atZone(SHANGHAI).toInstant();
        assertThat(calendar.workingTimeBetween(monday, lunch)).isEqualTo(Duration.ofHours(2));
    }
}
