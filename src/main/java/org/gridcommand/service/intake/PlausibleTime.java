package org.gridcommand.service.intake;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;

/**
 * The window a report's or a reading's own time must fall in: not before 2000 (no grid system, sensor or hotline
 * export of ours is older; earlier values are a wrong unit or an unset clock) and not more than a day ahead of the
 * application clock (a day covers every time zone mix-up; more is a broken sender clock or a typo such as year
 * 20266). Outside it the sender is told why; nothing is stored with an impossible time.
 */
final class PlausibleTime {
    static final Instant EARLIEST = Instant.parse("2000-01-01T00:00:00Z");
    static final Duration AHEAD = Duration.ofDays(1);
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

    private final Clock clock;

    PlausibleTime(Clock clock) {
        this.clock = clock;
    }

    /** Why {@code t} (named {@code field}) is refused, in English; null when it is plausible. */
    String problem(String field, Instant t) {
        if (t.isBefore(EARLIEST)) {
            return field + " " + shown(t) + " is before 2000: check the sender's clock and the unit (epoch "
                    + "milliseconds?)";
        }
        Instant now = clock.instant();
        if (t.isAfter(now.plus(AHEAD))) {
            return field + " " + shown(t) + " is more than a day after this console's clock (" + shown(now)
                    + "): check the sender's clock";
        }
        return null;
    }

    private String shown(Instant t) {
        try {
            return SHOWN.format(t.atZone(clock.getZone()));
        } catch (DateTimeException e) {
            return t.toString(); // beyond the years a calendar date can show
        }
    }
}
