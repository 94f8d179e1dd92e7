package org.gridcommand.service.intake;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
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
    record Rejection(int row, String externalId, String reason) {
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
            return new Rejection(row.row(), null, "缺少工单编号 / no ticket number in column '"
                    + mapping.externalId() + "'");
        }
        String idProblem = ReportText.identifierProblem("ticket number", id, ReportText.EXTERNAL_ID);
        if (idProblem != null) {
            return new Rejection(row.row(), shortened(id), (id.length() > ReportText.EXTERNAL_ID
                    ? "工单编号超过 80 字 / " : "工单编号含控制字符 / ") + idProblem);
        }
        String rawTime = row.get(mapping.createdAt());
        Instant created = dates.parse(rawTime);
        if (created == null) {
            return new Rejection(row.row(), id, rawTime == null
                    ? "缺少受理时间 / no created time in column '" + mapping.createdAt() + "'"
                    : "无法识别的时间 / unreadable date '" + rawTime + "' (add its pattern to date_patterns)");
        }
        String timeProblem = times.problem("created time", created);
        if (timeProblem != null) {
            return new Rejection(row.row(), id, (created.isBefore(PlausibleTime.EARLIEST)
                    ? "受理时间早于 2000 年 / " : "受理时间比本机时间晚一天以上 / ") + timeProblem + " ('" + rawTime + "')");
        }
        String category = mapping.category() == null ? null : row.get(mapping.category());
        String title = ReportText.oneLine(join(row, mapping.title(), " - "));
        String description = ReportText.multiLine(join(row, mapping.description(), "；"));
        if (title == null && description == null) {
            return new Rejection(row.row(), id, "没有标题也没有描述 / neither title nor description");
        }
        String address = ReportText.oneLine(row(row, mapping.address()));
        String reporter = ReportText.oneLine(row(row, mapping.reporter()));
        String tooLong = firstProblem(ReportText.lengthProblem("title", title, ReportText.TITLE),
                ReportText.lengthProblem("description", description, ReportText.DESCRIPTION),
                ReportText.lengthProblem("address", address, ReportText.ADDRESS),
                ReportText.lengthProblem("reporter", reporter, ReportText.REPORTER));
        if (tooLong != null) {
            return new Rejection(row.row(), id, "文字超过列宽，未截断 / " + tooLong);
        }
        double[] lonLat = null;
        String locationNote = null;
        try {
            lonLat = position(row);
        } catch (IllegalArgumentException e) {
            locationNote = e.getMessage();
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

    private static String firstProblem(String... problems) {
        for (String p : problems) {
            if (p != null) {
                return p;
            }
        }
        return null;
    }

    private static double[] checked(double[] lonLat, String raw) {
        if (!Double.isFinite(lonLat[0]) || !Double.isFinite(lonLat[1]) || Math.abs(lonLat[0]) > 180
                || Math.abs(lonLat[1]) > 90) {
            throw new IllegalArgumentException("坐标无效 / coordinates out of range: " + raw);
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
            throw new IllegalArgumentException("坐标不是数字 / coordinate is not a number: '" + s + "'");
        }
        if (!Double.isFinite(d)) {
            throw new IllegalArgumentException("坐标不是有限数 / coordinate is not a finite number: '" + s + "'");
        }
        return d;
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
