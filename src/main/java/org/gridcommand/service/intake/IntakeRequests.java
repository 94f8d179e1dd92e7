package org.gridcommand.service.intake;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.domain.event.Urgency;
import org.gridcommand.geo.crs.CoordinateSystems;
import org.gridcommand.service.event.IntakeReport;

/**
 * Reads the JSON bodies of the intake endpoint. A report:
 * <pre>
 * {"channel": "GRID_WORKER" | "AI_CAMERA" | "DUTY_OFFICER" | "HOTLINE" | "SENSOR",   (required)
 *  "external_id": "APP-20261124-0001",   (re-sending it returns the same event)
 *  "category_code": "010101", "title": "…", "description": "…",   (title or description required)
 *  "lon": 120.0025, "lat": 30.005, "crs": "GCJ02",   (crs default WGS84; also CGCS2000, BD09, EPSG:n)
 *  "address": "…", "reporter": "网格员王芳", "reported_at": "2026-11-24T10:00:00+08:00" | epoch millis,
 *  "urgency": "NORMAL" | "URGENT" | "CRITICAL"}
 * </pre>
 * A sensor reading: {@code {"sensor_code": "WL-001", "value": 3.4, "time": "2026-11-24T10:00:00+08:00"}}.
 */
final class IntakeRequests {
    private static final ObjectMapper JSON = new ObjectMapper();

    private IntakeRequests() {
    }

    static IntakeReport report(byte[] body) {
        JsonNode n = object(body);
        String channel = text(n, "channel");
        if (channel == null) {
            throw new BadRequestException("channel is required: one of " + Arrays.toString(Channel.values()));
        }
        Double lon = number(n, "lon");
        Double lat = number(n, "lat");
        if ((lon == null) != (lat == null)) {
            throw new BadRequestException("give both lon and lat, or neither");
        }
        if (lon != null) {
            String crs = text(n, "crs");
            double[] wgs;
            try {
                wgs = CoordinateSystems.parse(crs == null ? "WGS84" : crs).toWgs84(lon, lat);
            } catch (IllegalArgumentException e) {
                throw new BadRequestException("cannot convert lon/lat from crs " + crs + ": " + e.getMessage());
            }
            if (Math.abs(wgs[0]) > 180 || Math.abs(wgs[1]) > 90) {
                throw new BadRequestException("lon/lat out of range: " + lon + ", " + lat);
            }
            lon = wgs[0];
            lat = wgs[1];
        }
        if (text(n, "title") == null && text(n, "description") == null) {
            throw new BadRequestException("title or description is required");
        }
        String urgency = text(n, "urgency");
        return new IntakeReport(enumOf(Channel.class, channel, "channel"), text(n, "external_id"),
                text(n, "category_code"), text(n, "title"), text(n, "description"), lon, lat, text(n, "address"),
                text(n, "reporter"), time(n, "reported_at"),
                urgency == null ? null : enumOf(Urgency.class, urgency, "urgency"));
    }

    static SensorReading reading(byte[] body) {
        JsonNode n = object(body);
        String code = text(n, "sensor_code");
        Double value = number(n, "value");
        if (code == null || value == null) {
            throw new BadRequestException("sensor_code and a numeric value are required");
        }
        return new SensorReading(code, value, time(n, "time"));
    }

    private static JsonNode object(byte[] body) {
        JsonNode n;
        try {
            n = JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new BadRequestException("body is not valid JSON: " + e.getOriginalMessage());
        } catch (java.io.IOException e) {
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

    private static Double number(JsonNode n, String key) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isNumber()) {
            return v.asDouble();
        }
        try {
            return Double.valueOf(v.asText().strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException(key + " must be a number, was " + v);
        }
    }

    private static Instant time(JsonNode n, String key) {
        JsonNode v = n.get(key);
        if (v == null || v.isNull()) {
            return null;
        }
        if (v.isIntegralNumber()) {
            return Instant.ofEpochMilli(v.asLong());
        }
        try {
            return OffsetDateTime.parse(v.asText().strip()).toInstant();
        } catch (DateTimeParseException e) {
            throw new BadRequestException(key + " must be ISO-8601 with an offset (2026-11-24T10:00:00+08:00) or "
                    + "epoch milliseconds, was " + v);
        }
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
