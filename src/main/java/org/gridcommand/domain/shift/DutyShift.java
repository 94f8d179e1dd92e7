package org.gridcommand.domain.shift;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.Objects;

/**
 * One shift of the day (白班 08:00–16:00, 中班 16:00–24:00, 夜班 00:00–08:00). Times are minutes after midnight; an end
 * at or before the start ends on the next day (a night shift from 22:00 to 06:00), and an end of 1440 is midnight.
 */
public record DutyShift(String code, String name, int startMinute, int endMinute) {
    public DutyShift {
        Objects.requireNonNull(code, "code");
        if (startMinute < 0 || startMinute > 1439 || endMinute < 1 || endMinute > 1440) {
            throw new IllegalArgumentException("shift " + code + ": minutes out of range");
        }
    }

    /** True when the shift ends on the day after it starts. */
    public boolean crossesMidnight() {
        return endMinute <= startMinute || endMinute == 1440;
    }

    /** When the shift of {@code date} starts, in the center's zone. */
    public Instant startOn(LocalDate date, ZoneId zone) {
        return date.atStartOfDay(zone).plusMinutes(startMinute).toInstant();
    }

    /** When the shift of {@code date} ends, in the center's zone (the next day for a shift that crosses midnight). */
    public Instant endOn(LocalDate date, ZoneId zone) {
        LocalDate endDate = endMinute <= startMinute ? date.plusDays(1) : date;
        return endDate.atStartOfDay(zone).plusMinutes(endMinute).toInstant();
    }

    /** "08:00–16:00", "16:00–24:00". */
    public String hours() {
        return clock(startMinute) + "–" + (endMinute == 1440 ? "24:00" : clock(endMinute));
    }

    private static String clock(int minute) {
        return LocalTime.of(minute / 60, minute % 60).toString();
    }
}
