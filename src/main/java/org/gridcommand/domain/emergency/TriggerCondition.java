package org.gridcommand.domain.emergency;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridcommand.domain.device.SensorKind;

/**
 * When a plan level should be suggested, parsed from {@code PlanLevel.trigger}. A trigger text holds one
 * condition per line; the level is suggested when <em>any</em> line holds. Grammar (keywords in any case,
 * tokens separated by spaces):
 * <pre>
 *   condition := sensor | events
 *   sensor    := SENSOR_KIND op number [ "FOR" duration ]
 *   events    := "EVENTS" [ "category=" CODE ] op whole-number "WITHIN" duration [ "RADIUS" distance ]
 *   op        := "&gt;=" | "&gt;" | "&lt;=" | "&lt;"
 *   duration  := whole-number ( "s" | "m" | "h" )        e.g. 30m, 2h
 *   distance  := number ( "m" | "km" )                  e.g. 1000m, 1.5km
 * </pre>
 * {@code SENSOR_KIND} is a {@link SensorKind} name. Examples:
 * <ul>
 *   <li>{@code WATER_LEVEL >= 4.5 FOR 30m} — one gauge reads at least 4.5 (its own unit) for the last 30 minutes
 *       without interruption (without {@code FOR}: its latest reading).</li>
 *   <li>{@code EVENTS category=C0101 >= 5 WITHIN 60m RADIUS 1000m} — at least 5 events whose category code starts
 *       with C0101 were reported in the last 60 minutes within 1000 m of one of them (without {@code RADIUS}:
 *       anywhere; without {@code category=}: any category).</li>
 * </ul>
 * Parse errors are {@link PlanFormatException}s naming the column and what was expected.
 */
public sealed interface TriggerCondition permits TriggerCondition.SensorThreshold, TriggerCondition.EventCluster {

    /** The condition in the grammar above (parsing it gives an equal condition). */
    String text();

    /** A sensor reading beyond a threshold, optionally held for a duration. */
    record SensorThreshold(SensorKind kind, Comparison comparison, double threshold, Duration heldFor)
            implements TriggerCondition {
        @Override
        public String text() {
            return kind + " " + comparison.symbol() + " " + threshold
                    + (heldFor.isZero() ? "" : " FOR " + heldFor.toMinutes() + "m");
        }
    }

    /** Many events of a category within a time window, optionally within a radius of each other. */
    record EventCluster(String categoryPrefix, Comparison comparison, int count, Duration window,
                        double radiusMeters) implements TriggerCondition {
        /** True when any place counts (no RADIUS). */
        public boolean anywhere() {
            return radiusMeters <= 0;
        }

        @Override
        public String text() {
            return "EVENTS" + (categoryPrefix == null ? "" : " category=" + categoryPrefix) + " "
                    + comparison.symbol() + " " + count + " WITHIN " + window.toMinutes() + "m"
                    + (anywhere() ? "" : " RADIUS " + Math.round(radiusMeters) + "m");
        }
    }

    /** Parses every line of a trigger text; null or blank gives no conditions (the level is never suggested). */
    static List<TriggerCondition> parseAll(String text) {
        List<TriggerCondition> conditions = new ArrayList<>();
        if (text == null) {
            return conditions;
        }
        for (String raw : text.split("\\R")) {
            String line = raw.strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                conditions.add(parse(line));
            }
        }
        return conditions;
    }

    /** Parses one condition line. */
    static TriggerCondition parse(String line) {
        return new TriggerParser(line).parse();
    }

    /** Reads a duration token such as {@code 30m}; the caller reports errors. */
    static Duration durationOf(String token) {
        String t = token.toLowerCase(Locale.ROOT);
        if (t.length() < 2) {
            return null;
        }
        long n;
        try {
            n = Long.parseLong(t.substring(0, t.length() - 1));
        } catch (NumberFormatException e) {
            return null;
        }
        if (n < 0) {
            return null;
        }
        return switch (t.charAt(t.length() - 1)) {
            case 's' -> Duration.ofSeconds(n);
            case 'm' -> Duration.ofMinutes(n);
            case 'h' -> Duration.ofHours(n);
            default -> null;
        };
    }
}
