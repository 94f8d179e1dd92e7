package org.gridcommand.domain.kpi;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A stretch of whole days, from {@code first} to {@code last} inclusive, in the district's time zone: the day,
 * week (Monday to Sunday), month, quarter or year around a date, or a custom range. It knows the period before it
 * (环比) and the same period a year earlier (同比).
 */
public record Period(PeriodKind kind, LocalDate first, LocalDate last, ZoneId zone) {

    public Period {
        Objects.requireNonNull(kind);
        Objects.requireNonNull(zone);
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("a period must not end (" + last + ") before it starts (" + first + ")");
        }
    }

    /** The {@code kind} of period that contains {@code date} (for CUSTOM: that one day). */
    public static Period of(PeriodKind kind, LocalDate date, ZoneId zone) {
        return switch (kind) {
            case DAY, CUSTOM -> new Period(kind, date, date, zone);
            case WEEK -> {
                LocalDate monday = date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                yield new Period(kind, monday, monday.plusDays(6), zone);
            }
            case MONTH -> new Period(kind, date.withDayOfMonth(1), date.with(TemporalAdjusters.lastDayOfMonth()),
                    zone);
            case QUARTER -> {
                LocalDate start = date.with(IsoFields.DAY_OF_QUARTER, 1);
                yield new Period(kind, start, start.plusMonths(3).minusDays(1), zone);
            }
            case YEAR -> new Period(kind, date.withDayOfYear(1), date.with(TemporalAdjusters.lastDayOfYear()), zone);
        };
    }

    /** The days from {@code first} to {@code last}, both included. */
    public static Period custom(LocalDate first, LocalDate last, ZoneId zone) {
        return new Period(PeriodKind.CUSTOM, first, last, zone);
    }

    /** The first instant of the period (midnight of its first day). */
    public Instant start() {
        return first.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period (midnight after its last day). */
    public Instant end() {
        return last.plusDays(1).atStartOfDay(zone).toInstant();
    }

    /** True when {@code t} falls within the period. */
    public boolean contains(Instant t) {
        return t != null && !t.isBefore(start()) && t.isBefore(end());
    }

    /** 环比: the period of the same kind just before this one (a custom range: as many days before it). */
    public Period previous() {
        return switch (kind) {
            case DAY, WEEK, CUSTOM -> shiftedDays(-days());
            case MONTH -> of(kind, first.minusMonths(1), zone);
            case QUARTER -> of(kind, first.minusMonths(3), zone);
            case YEAR -> of(kind, first.minusYears(1), zone);
        };
    }

    /** 同比: the same period a year earlier (the week with the same number; the same days for a custom range). */
    public Period yearEarlier() {
        return switch (kind) {
            case WEEK -> of(kind, first.minusWeeks(52), zone);
            case CUSTOM -> new Period(kind, first.minusYears(1), last.minusYears(1), zone);
            default -> of(kind, first.minusYears(1), zone);
        };
    }

    /** The {@code count} periods of this kind ending with this one, oldest first (for trend lines). */
    public List<Period> trailing(int count) {
        ArrayList<Period> list = new ArrayList<>();
        Period p = this;
        for (int i = 0; i < count; i++) {
            list.add(0, p);
            p = p.previous();
        }
        return list;
    }

    /** Number of days in the period. */
    public long days() {
        return ChronoUnit.DAYS.between(first, last) + 1;
    }

    private Period shiftedDays(long d) {
        return new Period(kind, first.plusDays(d), last.plusDays(d), zone);
    }
}
