package org.gridcommand.domain.drill;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Scenario time as trainers write it: {@code T+hh:mm} (or {@code T+hh:mm:ss}) after the scenario start. */
public final class ScenarioTime {
    private static final Pattern FORM = Pattern.compile("T\\+(\\d{1,3}):([0-5]\\d)(?::([0-5]\\d))?");

    private ScenarioTime() {
    }

    /** The offset written in {@code text}, or empty when it is not of the form T+hh:mm. */
    public static Optional<Duration> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher m = FORM.matcher(text.trim().toUpperCase(Locale.ROOT));
        if (!m.matches()) {
            return Optional.empty();
        }
        long seconds = Long.parseLong(m.group(1)) * 3600 + Long.parseLong(m.group(2)) * 60
                + (m.group(3) == null ? 0 : Long.parseLong(m.group(3)));
        return Optional.of(Duration.ofSeconds(seconds));
    }

    /** {@code T+01:05}, with seconds only when there are any. */
    public static String format(Duration offset) {
        long s = offset.getSeconds();
        String hm = String.format(Locale.ROOT, "T+%02d:%02d", s / 3600, (s % 3600) / 60);
        return s % 60 == 0 ? hm : hm + String.format(Locale.ROOT, ":%02d", s % 60);
    }
}
