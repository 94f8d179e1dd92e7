package org.gridcommand.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

class WorkingHoursTest {
    private static Instant beijing(String local) {
        return LocalDateTime.parse(local).atZone(WorkingHours.BEIJING).toInstant();
    }

    @Test
    void a_two_working_day_limit_reported_on_friday_evening_falls_due_on_tuesday_evening() {
        assertThat(WorkingHours.plus(beijing("2026-11-20T19:30"), 2 * 8 * 60))
                .isEqualTo(beijing("2026-11-24T17:00"));
    }

    @Test
    void time_inside_office_hours_counts_from_the_report() {
        assertThat(WorkingHours.plus(beijing("2026-11-24T10:15"), 120)).isEqualTo(beijing("2026-11-24T12:15"));
        assertThat(WorkingHours.plus(beijing("2026-11-24T16:00"), 120)).isEqualTo(beijing("2026-11-25T10:00"));
    }
}
