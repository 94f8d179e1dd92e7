package org.gridcommand.domain.time;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Working hours (工作时) for the time limits of categories that count them: by default Monday to Friday,
 * 09:00–12:00 and 13:30–18:00 in Asia/Shanghai. Public holidays are days off even on a weekday, and make-up
 * working days (调休) are working days even on a weekend; both come from the {@code working_calendar_day} table.
 * Immutable and pure: "now" is always passed in.
 */
public final class WorkingCalendar {
    /** A stretch of working time within a day; {@code end} is exclusive. */
    public record Window(LocalTime start, LocalTime end) {
        public Window {
            if (!start.isBefore(end)) {
                throw new IllegalArgumentException("a working window must end after it starts: " + start + "–" + end);
            }
        }
    }

    /** Beyond this many days without one working minute the calendar is broken; stop rather than loop. */
    private static final int MAX_DAYS = 3660;

    private final ZoneId zone;
    private final List<Window> windows;
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> makeUpWorkdays;

    public WorkingCalendar(ZoneId zone, List<Window> windows, Set<LocalDate> holidays, Set<LocalDate> makeUpWorkdays) {
        this.zone = Objects.requireNonNull(zone);
        this.windows = List.copyOf(windows);
        this.holidays = Set.copyOf(holidays);
        this.makeUpWorkdays = Set.copyOf(makeUpWorkdays);
        if (this.windows.isEmpty()) {
            throw new IllegalArgumentException("a working calendar needs at least one working window");
        }
    }

    /** The default calendar (09:00–12:00, 13:30–18:00, Asia/Shanghai) with these holidays and make-up days. */
    public static WorkingCalendar standard(Set<LocalDate> holidays, Set<LocalDate> makeUpWorkdays) {
        return new WorkingCalendar(ZoneId.of("Asia/Shanghai"),
                List.of(new Window(LocalTime.of(9, 0), LocalTime.of(12, 0)),
                        new Window(LocalTime.of(13, 30), LocalTime.of(18, 0))),
                holidays, makeUpWorkdays);
    }

    /** The default calendar without holidays. */
    public static WorkingCalendar standard() {
        return standard(Set.of(), Set.of());
    }

    public ZoneId zone() {
        return zone;
    }

    /** True when people work on {@code day}. */
    public boolean isWorkingDay(LocalDate day) {
        if (makeUpWorkdays.contains(day)) {
            return true;
        }
        if (holidays.contains(day)) {
            return false;
        }
        DayOfWeek dow = day.getDayOfWeek();
        return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY;
    }

    /**
     * The instant at which {@code workingTime} of working hours has passed since {@code start}. An event
     * reported on Friday at 17:00 with a 2-hour limit is due on Monday at 10:00.
     */
    public Instant plusWorkingTime(Instant start, Duration workingTime) {
        if (workingTime.isNegative()) {
            throw new IllegalArgumentException("working time must not be negative: " + workingTime);
        }
        Duration left = workingTime;
        ZonedDateTime cursor = start.atZone(zone);
        for (int day = 0; day < MAX_DAYS; day++) {
            LocalDate date = cursor.toLocalDate();
            if (isWorkingDay(date)) {
                for (Window w : windows) {
                    ZonedDateTime from = max(cursor, date.atTime(w.start()).atZone(zone));
                    ZonedDateTime to = date.atTime(w.end()).atZone(zone);
                    if (!from.isBefore(to)) {
                        continue;
                    }
                    Duration available = Duration.between(from, to);
                    if (left.compareTo(available) <= 0) {
                        return from.plus(left).toInstant();
                    }
                    left = left.minus(available);
                }
            }
            cursor = date.plusDays(1).atStartOfDay(zone);
        }
        throw new IllegalStateException("the working calendar has no working hours in " + MAX_DAYS + " days");
    }

    /**
     * The working time between {@code from} and {@code to} (zero when {@code to} is not after {@code from}): an
     * event dispatched on Friday at 17:00 and handled on Monday at 10:00 took 2 working hours. The indicators'
     * 平均处置时长 is counted this way.
     */
    public Duration workingTimeBetween(Instant from, Instant to) {
        if (!to.isAfter(from)) {
            return Duration.ZERO;
        }
        Duration total = Duration.ZERO;
        ZonedDateTime cursor = from.atZone(zone);
        ZonedDateTime end = to.atZone(zone);
        while (cursor.isBefore(end)) {
            LocalDate date = cursor.toLocalDate();
            if (isWorkingDay(date)) {
                for (Window w : windows) {
                    ZonedDateTime a = max(cursor, date.atTime(w.start()).atZone(zone));
                    ZonedDateTime b = min(end, date.atTime(w.end()).atZone(zone));
                    if (a.isBefore(b)) {
                        total = total.plus(Duration.between(a, b));
                    }
                }
            }
            cursor = date.plusDays(1).atStartOfDay(zone);
        }
        return total;
    }

    private static ZonedDateTime min(ZonedDateTime a, ZonedDateTime b) {
        return a.isBefore(b) ? a : b;
    }

    private static ZonedDateTime max(ZonedDateTime a, ZonedDateTime b) {
        return a.isAfter(b) ? a : b;
    }
}
