package org.gridcommand.demo;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * Deadlines of categories whose limit counts working time only (9:00–17:00 Beijing time, Monday to Friday; the
 * demo ignores public holidays): a 2-day limit reported on Friday evening falls due on Tuesday evening.
 */
final class WorkingHours {
    static final ZoneId BEIJING = ZoneId.of("Asia/Shanghai");
    private static final LocalTime OPEN = LocalTime.of(9, 0);
    private static final LocalTime CLOSE = LocalTime.of(17, 0);

    private WorkingHours() {
    }

    static Instant plus(Instant start, long minutes) {
        ZonedDateTime t = start.atZone(BEIJING);
        long left = minutes;
        while (true) {
            if (isWeekend(t) || !t.toLocalTime().isBefore(CLOSE)) {
                t = t.plusDays(1).with(OPEN);
                continue;
            }
            if (t.toLocalTime().isBefore(OPEN)) {
                t = t.with(OPEN);
            }
            long today = Duration.between(t.toLocalTime(), CLOSE).toMinutes();
            if (left <= today) {
                return t.plusMinutes(left).toInstant();
            }
            left -= today;
            t = t.plusDays(1).with(OPEN);
        }
    }

    private static boolean isWeekend(ZonedDateTime t) {
        return t.getDayOfWeek() == DayOfWeek.SATURDAY || t.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
