package org.gridcommand.domain.emergency;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.gridcommand.domain.device.SensorKind;

/** Reads one trigger line in the grammar documented on {@link TriggerCondition}. */
final class TriggerParser {
    private record Token(String text, int column) {
    }

    private final String line;
    private final List<Token> tokens = new ArrayList<>();
    private int next;

    TriggerParser(String line) {
        this.line = line;
        int i = 0;
        while (i < line.length()) {
            if (Character.isWhitespace(line.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            while (i < line.length() && !Character.isWhitespace(line.charAt(i))) {
                i++;
            }
            tokens.add(new Token(line.substring(start, i), start));
        }
    }

    TriggerCondition parse() {
        Token first = expect("a sensor kind or EVENTS");
        TriggerCondition condition = first.text().equalsIgnoreCase("EVENTS") ? events() : sensor(first);
        if (next < tokens.size()) {
            throw error(tokens.get(next), "unexpected '" + tokens.get(next).text() + "'");
        }
        return condition;
    }

    private TriggerCondition sensor(Token kindToken) {
        SensorKind kind;
        try {
            kind = SensorKind.valueOf(kindToken.text().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw error(kindToken, "unknown sensor kind '" + kindToken.text() + "' (expected EVENTS or one of "
                    + Arrays.toString(SensorKind.values()) + ")");
        }
        Comparison op = comparison();
        Token number = expect("a threshold number");
        double threshold;
        try {
            threshold = Double.parseDouble(number.text());
        } catch (NumberFormatException e) {
            throw error(number, "'" + number.text() + "' is not a number");
        }
        Duration heldFor = Duration.ZERO;
        if (keyword("FOR")) {
            heldFor = duration();
        }
        return new TriggerCondition.SensorThreshold(kind, op, threshold, heldFor);
    }

    private TriggerCondition events() {
        String category = null;
        if (next < tokens.size() && tokens.get(next).text().toLowerCase(Locale.ROOT).startsWith("category=")) {
            Token t = tokens.get(next++);
            category = t.text().substring("category=".length());
            if (category.isEmpty()) {
                throw error(t, "category= needs a category code");
            }
        }
        Comparison op = comparison();
        Token number = expect("a number of events");
        int count;
        try {
            count = Integer.parseInt(number.text());
        } catch (NumberFormatException e) {
            throw error(number, "'" + number.text() + "' is not a whole number of events");
        }
        if (!keyword("WITHIN")) {
            throw error(peekOrEnd(), "expected WITHIN and a time window such as 60m");
        }
        Duration window = duration();
        double radius = 0;
        if (keyword("RADIUS")) {
            radius = distance();
        }
        return new TriggerCondition.EventCluster(category, op, count, window, radius);
    }

    private Comparison comparison() {
        Token t = expect("a comparison (>=, >, <=, <)");
        Comparison op = Comparison.of(t.text());
        if (op == null) {
            throw error(t, "expected a comparison (>=, >, <=, <), not '" + t.text() + "'");
        }
        return op;
    }

    private Duration duration() {
        Token t = expect("a duration such as 30m");
        Duration d = TriggerCondition.durationOf(t.text());
        if (d == null) {
            throw error(t, "'" + t.text() + "' is not a duration (use s, m or h, e.g. 30m)");
        }
        return d;
    }

    private double distance() {
        Token t = expect("a distance such as 1000m");
        String s = t.text().toLowerCase(Locale.ROOT);
        double factor = s.endsWith("km") ? 1000 : s.endsWith("m") ? 1 : 0;
        try {
            if (factor > 0) {
                double value = Double.parseDouble(s.substring(0, s.length() - (factor == 1000 ? 2 : 1)));
                if (value > 0) {
                    return value * factor;
                }
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw error(t, "'" + t.text() + "' is not a distance (use m or km, e.g. 1000m)");
    }

    private boolean keyword(String word) {
        if (next < tokens.size() && tokens.get(next).text().equalsIgnoreCase(word)) {
            next++;
            return true;
        }
        return false;
    }

    private Token expect(String what) {
        if (next >= tokens.size()) {
            throw new PlanFormatException(line, line.length(), "expected " + what + " but the line ends");
        }
        return tokens.get(next++);
    }

    private Token peekOrEnd() {
        return next < tokens.size() ? tokens.get(next) : new Token("", line.length());
    }

    private PlanFormatException error(Token at, String problem) {
        return new PlanFormatException(line, at.column(), problem);
    }
}
