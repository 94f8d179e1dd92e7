package org.gridcommand.service.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.gridcommand.domain.event.Phrase;
import org.gridcommand.geo.crs.CoordinateSystems;
import org.gridcommand.geo.crs.SourceCrs;

/**
 * Understands one row of an export by its mapping: dates, category, text, and the position converted to WGS84.
 * A row is rejected (with its row number and reason; the other rows are imported) when it cannot become an event
 * as written: no ticket number or one with control characters or longer than 80, an unreadable time or one outside
 * the plausible window ({@link PlausibleTime}), nothing to call it, or a text longer than its column (never cut:
 * {@link ReportText}). Text loses its control characters. Missing or broken coordinates (blank, not a number,
 * "NaN", "Infinity", out of range) keep the ticket, unlocated and flagged with the reason.
 */
final class TicketReading {
    /** A row that cannot be imported, with the reason the report shows. */
    record Rejection(int row, String externalId, Phrase reason) {
    }

    private final TicketMapping mapping;
    private final TicketDates dates;
    private final SourceCrs lonLatCrs;
    private final SourceCrs planarCrs;
    private final PlausibleTime times;

    /** @param clock the application clock, against which "a day in the future" is judged */
    TicketReading(TicketMapping mapping, Clock clock) {
        this.mapping = mapping;
        this.times = new PlausibleTime(clock);
        this.dates = new TicketDates(mapping.datePatterns(), mapping.zone());
        this.lonLatCrs = CoordinateSystems.parse(mapping.coordinateSystem());
        this.planarCrs = mapping.planarSystem() == null ? null : CoordinateSystems.parse(mapping.planarSystem());
    }

    /** The ticket in {@code row}, or a {@link Rejection}. */
    Object read(TicketRow row) {
        String id = row.get(mapping.externalId());
        if (id == null) {
            return new Rejection(row.row(), null, Phrase.of("ticket.noId", mapping.externalId()));
        }
        Phrase idProblem = identifierProblem(id);
        if (idProblem != null) {
            return new Rejection(row.row(), shortened(id), idProblem);
        }
        String rawTime = row.get(mapping.createdAt());
        Instant created = dates.parse(rawTime);
        if (created == null) {
            return new Rejection(row.row(), id, rawTime == null
                    ? Phrase.of("ticket.noTime", mapping.createdAt())
                    : Phrase.of("ticket.badTime", rawTime, "date_patterns"));
        }
        if (times.problem("created time", created) != null) {
            return new Rejection(row.row(), id, created.isBefore(PlausibleTime.EARLIEST)
                    ? Phrase.of("ticket.timeBefore2000", rawTime) : Phrase.of("ticket.timeAhead", rawTime));
        }
        String category = mapping.category() == null ? null : row.get(mapping.category());
        String title = ReportText.oneLine(join(row, mapping.title(), " - "));
        String description = ReportText.multiLine(join(row, mapping.description(), "；"));
        if (title == null && description == null) {
            return new Rejection(row.row(), id, Phrase.of("ticket.noText"));
        }
        String address = ReportText.oneLine(row(row, mapping.address()));
        String reporter = ReportText.oneLine(row(row, mapping.reporter()));
        Phrase tooLong = firstProblem(lengthProblem("title", title, ReportText.TITLE),
                lengthProblem("description", description, ReportText.DESCRIPTION),
                lengthProblem("address", address, ReportText.ADDRESS),
                lengthProblem("reporter", reporter, ReportText.REPORTER));
        if (tooLong != null) {
            return new Rejection(row.row(), id, tooLong);
        }
        double[] lonLat = null;
        Phrase locationNote = null;
        try {
            lonLat = position(row);
        } catch (UnusablePosition e) {
            locationNote = e.why;
        }
        return new Ticket(row.row(), id, created, category, mapping.categoryCodeFor(category),
                title == null ? description : title, description, address, reporter,
                lonLat == null ? null : lonLat[0], lonLat == null ? null : lonLat[1],
                locationNote);
    }

    /** {lon, lat} in WGS84 from longitude/latitude, else from x/y; null when the row has neither. */
    private double[] position(TicketRow row) {
        if (mapping.longitude() != null) {
            Double lon = number(row.get(mapping.longitude()));
            Double lat = number(row.get(mapping.latitude()));
            if (lon != null && lat != null && !(lon == 0 && lat == 0)) {
                return checked(lonLatCrs.toWgs84(lon, lat), lon + "," + lat);
            }
        }
        if (planarCrs != null) {
            Double x = number(row.get(mapping.x()));
            Double y = number(row.get(mapping.y()));
            if (x != null && y != null && !(x == 0 && y == 0)) {
                return checked(planarCrs.toWgs84(x, y), x + "," + y);
            }
        }
        return null;
    }

    private static String shortened(String id) {
        return id.length() <= 20 ? id : id.substring(0, 20) + "…";
    }

    /** A ticket number with a control character or longer than its column: changing it would change the ticket. */
    private static Phrase identifierProblem(String id) {
        for (int i = 0; i < id.length(); i++) {
            if (ReportText.isControl(id.charAt(i))) {
                return Phrase.of("ticket.idControl", String.format("U+%04X", (int) id.charAt(i)),
                        String.valueOf(i + 1));
            }
        }
        return id.length() > ReportText.EXTERNAL_ID
                ? Phrase.of("ticket.idTooLong", String.valueOf(id.length()), String.valueOf(ReportText.EXTERNAL_ID))
                : null;
    }

    /** A text longer than its column, refused whole (never cut): the field's name is a key of its own. */
    private static Phrase lengthProblem(String field, String value, int max) {
        return value == null || value.length() <= max ? null : Phrase.of("ticket.tooLong",
                Phrase.of("ticket.field." + field), String.valueOf(value.length()), String.valueOf(max));
    }

    private static Phrase firstProblem(Phrase... problems) {
        for (Phrase p : problems) {
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private static double[] checked(double[] lonLat, String raw) {
        if (!Double.isFinite(lonLat[0]) || !Double.isFinite(lonLat[1]) || Math.abs(lonLat[0]) > 180
                || Math.abs(lonLat[1]) > 90) {
            throw new UnusablePosition(Phrase.of("line.position.outOfRange", raw));
        }
        return lonLat;
    }

    private static Double number(String s) {
        if (s == null) {
            return null;
        }
        double d;
        try {
            d = Double.parseDouble(s.replace('，', '.'));
        } catch (NumberFormatException e) {
            throw new UnusablePosition(Phrase.of("line.position.notANumber", s));
        }
        if (!Double.isFinite(d)) {
            throw new UnusablePosition(Phrase.of("line.position.notFinite", s));
        }
        return d;
    }

    /** Why a row's position cannot be used: the ticket is kept, unlocated, and its history says why. */
    private static final class UnusablePosition extends RuntimeException {
        private final transient Phrase why;

        UnusablePosition(Phrase why) {
            super(why.toString(), null, false, false);
            this.why = why;
        }
    }

    private static String row(TicketRow row, String column) {
        return column == null ? null : row.get(column);
    }

    private static String join(TicketRow row, List<String> columns, String separator) {
        List<String> parts = new ArrayList<>();
        columns.stream().map(row::get).filter(Objects::nonNull).forEach(parts::add);
        return parts.isEmpty() ? null : String.join(separator, parts);
    }
}
