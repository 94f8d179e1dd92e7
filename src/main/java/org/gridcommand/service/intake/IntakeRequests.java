package org.gridcommand.service.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Locale;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.domain.event.Urgency;
import org.gridcommand.geo.crs.CoordinateSystems;
import org.gridcommand.service.event.IntakeReport;

/**
 * Reads and checks the JSON bodies of the intake endpoint. A report:
 * <pre>
 * {"channel": "GRID_WORKER" | "AI_CAMERA" | "DUTY_OFFICER" | "HOTLINE" | "SENSOR",   (required)
 *  "external_id": "APP-20261124-0001",   (≤ 80; re-sending it returns the same event)
 *  "category_code": "010101", "title": "…", "description": "…",   (title ≤ 200 or description ≤ 4,000 required)
 *  "lon": 120.0025, "lat": 30.005, "crs": "GCJ02",   (crs default WGS84; also CGCS2000, BD09, EPSG:n)
 *  "address": "…" (≤ 300), "reporter": "网格员王芳" (≤ 60),
 *  "reported_at": "2026-11-24T10:00:00+08:00" | epoch millis,   (2000 … one day after the console's clock)
 *  "urgency": "NORMAL" | "URGENT" | "CRITICAL"}
 * </pre>
 * A sensor reading: {@code {"sensor_code": "WL-001", "value": 3.4, "time": "2026-11-24T10:00:00+08:00"}}.
 * <p>
 * Everything a sender can get wrong is refused here with a {@link BadRequestException} (HTTP 400) that says what
 * and why, before any database work: numbers must be finite ("NaN", "Infinity", 1e999 are refused), times must be
 * plausible ({@link PlausibleTime}), text must fit its column whole ({@link ReportText}: nothing is cut) and loses
 * its control characters; identifiers with control characters are refused.
 */
final class IntakeRequests {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final PlausibleTime times;

    /** @param clock the application clock, against which "a day in the future" is judged */
    IntakeRequests(Clock clock) {
        this.times = new PlausibleTime(clock);
    }

    IntakeReport report(byte[] body) {
        JsonNode n = object(body);
        String channel = identifier(n, "channel", 16);
        if (channel == null) {
            throw new BadRequestException("channel is required: one of " + Arrays.toString(Channel.values()));
        }
        Double lon = number(n, "lon");
        Double lat = number(n, "lat");
        if ((lon == null) != (lat == null)) {
            throw new BadRequestException("give both lon and lat, or neither");
        }
        if (lon != null) {
            double[] wgs = wgs84(n, lon, lat);
            lon = wgs[0];
            lat = wgs[1];
        }
        String title = checked("title", ReportText.oneLine(text(n, "title")), ReportText.TITLE);
        String description = checked("description", ReportText.multiLine(text(n, "description")),
                ReportText.DESCRIPTION);
        if (title == null && description == null) {
            throw new BadRequestException("title or description is required");
        }
        String urgency = identifier(n, "urgency", 16);
        return new IntakeReport(enumOf(Channel.class, channel, "channel"),
                identifier(n, "external_id", ReportText.EXTERNAL_ID),
                identifier(n, "category_code", ReportText.CATEGORY_CODE), title, description, lon, lat,
                checked("address", ReportText.oneLine(text(n, "address")), ReportText.ADDRESS),
                checked("reporter", ReportText.oneLine(text(n, "reporter")), ReportText.REPORTER),
                time(n, "reported_at"), urgency == null ? null : enumOf(Urgency.class, urgency, "urgency"));
    }

    SensorReading reading(byte[] body) {
        JsonNode n = object(body);
        String code = identifier(n, "sensor_code", ReportText.SENSOR_CODE);
        Double value = number(n, "value");
        if (code == null || value == null) {
            throw new BadRequestException("sensor_code and a numeric value are required");
        }
        return new SensorReading(code, value, time(n, "time"));
    }

    private static double[] wgs84(JsonNode n, double lon, double lat) {
        String crs = identifier(n, "crs", 40);
        double[] wgs;
        try {
            wgs = CoordinateSystems.parse(crs == null ? "WGS84" : crs).toWgs84(lon, lat);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("cannot convert lon/lat from crs " + crs + ": " + e.getMessage());
        }
        if (!Double.isFinite(wgs[0]) || !Double.isFinite(wgs[1]) || Math.abs(wgs[0]) > 180
                || Math.abs(wgs[1]) > 90) {
            throw new BadRequestException("lon/lat out of range: " + lon + ", " + lat
                    + (crs == null ? "" : " in " + crs) + " (WGS84 needs -180..180, -90..90)");
        }
        return wgs;
    }

    private static JsonNode object(byte[] body) {
        JsonNode n;
        try {
            n = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new BadRequestException("body is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new BadRequestException("cannot read the body: " + e.getMessage());
        }
        if (n == null || !n.isObject()) {
            throw new BadRequestException("body must be a JSON object");
        }
        return n;
    }

    private static String text(JsonNode n, String key) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (!v.isValueNode()) {
            throw new BadRequestException(key + " must be a string");
        }
        return v.asText().isBlank() ? null : v.asText().strip();
    }

    /** An id-like value: refused (not cleaned) with a control character, refused (not cut) when too long. */
    private static String identifier(JsonNode n, String key, int max) {
        String v = text(n, key);
        String problem = v == null ? null : ReportText.identifierProblem(key, v, max);
        if (problem != null) {
            throw new BadRequestException(problem);
        }
        return v;
    }

    private static String checked(String key, String value, int max) {
        String problem = ReportText.lengthProblem(key, value, max);
        if (problem != null) {
            throw new BadRequestException(problem);
        }
        return value;
    }

    private static Double number(JsonNode n, String key) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        double d;
        if (v.isNumber()) {
            d = v.asDouble();
        } else if (v.isTextual()) {
            try {
                d = Double.parseDouble(v.asText().strip());
            } catch (NumberFormatException e) {
                throw new BadRequestException(key + " must be a number, was " + v);
            }
        } else {
            throw new BadRequestException(key + " must be a number, was " + v);
        }
        if (!Double.isFinite(d)) {
            throw new BadRequestException(key + " must be a finite number, was " + v);
        }
        return d;
    }

    private Instant time(JsonNode n, String key) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        Instant t;
        if (v.isIntegralNumber()) {
            if (!v.canConvertToLong()) {
                throw new BadRequestException(key + " in epoch milliseconds is out of range, was " + v);
            }
            t = Instant.ofEpochMilli(v.asLong());
        } else {
            try {
                t = OffsetDateTime.parse(v.asText().strip()).toInstant();
            } catch (DateTimeException e) {
                throw new BadRequestException(key + " must be ISO-8601 with an offset (2026-11-24T10:00:00+08:00) "
                        + "or epoch milliseconds, was " + v);
            }
        }
        String problem = times.problem(key, t);
        if (problem != null) {
            throw new BadRequestException(problem);
        }
        return t;
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String value, String key) {
        try {
            return Enum.valueOf(type, value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(key + " must be one of " + Arrays.toString(type.getEnumConstants())
                    + ", was " + value);
        }
    }
}
