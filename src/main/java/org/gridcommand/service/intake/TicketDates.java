package org.gridcommand.service.intake;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.gridcommand.domain.event.Phrase;

/**
 * Reads the created time of a ticket however the export wrote it: ISO-8601 (with or without an offset, "T" or a
 * space), epoch milliseconds (or seconds), then the mapping's patterns in order. Times without an offset are in
 * the mapping's time zone. Returns null for a value none of these read: the caller rejects that row.
 */
final class TicketDates {
    private static final Pattern DIGITS = Pattern.compile("-?\\d{9,13}");
    private static final DateTimeFormatter ISO_LOCAL_SPACE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm[:ss][.SSS]");

    private final ZoneId zone;
    private final List<DateTimeFormatter> patterns = new ArrayList<>();

    TicketDates(List<String> patterns, ZoneId zone) {
        this.zone = zone;
        for (String p : patterns) {
            try {
                this.patterns.add(new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern(p)
                        .toFormatter(Locale.ENGLISH));
            } catch (IllegalArgumentException e) {
                throw new TicketMappingException(Phrase.of("mapping.datePattern", p, String.valueOf(e.getMessage())),
                        e);
            }
        }
    }

    /** The instant {@code value} names, or null when it cannot be read. */
    Instant parse(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        if (DIGITS.matcher(v).matches()) {
            long n = Long.parseLong(v);
            return v.replace("-", "").length() >= 12 ? Instant.ofEpochMilli(n) : Instant.ofEpochSecond(n);
        }
        Instant iso = iso(v);
        if (iso != null) {
            return iso;
        }
        for (DateTimeFormatter f : patterns) {
            try {
                TemporalAccessor t = f.parse(v);
                if (t.isSupported(ChronoField.OFFSET_SECONDS)) {
                    return OffsetDateTime.from(t).toInstant();
                }
                if (t.isSupported(ChronoField.HOUR_OF_DAY)
                        || t.isSupported(ChronoField.CLOCK_HOUR_OF_AMPM)) {
                    return LocalDateTime.from(t).atZone(zone).toInstant();
                }
                return LocalDate.from(t).atStartOfDay(zone).toInstant();
            } catch (DateTimeException e) {
                // try the next pattern
            }
        }
        return null;
    }

    private Instant iso(String v) {
        try {
            return OffsetDateTime.parse(v).toInstant();
        } catch (DateTimeParseException e) {
            // not with an offset
        }
        try {
            return LocalDateTime.parse(v).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            // not ISO local
        }
        try {
            return LocalDateTime.parse(v, ISO_LOCAL_SPACE).atZone(zone).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
