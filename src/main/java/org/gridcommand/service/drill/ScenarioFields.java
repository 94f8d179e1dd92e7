package org.gridcommand.service.drill;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gridcommand.domain.drill.ScenarioProblem;
import org.gridcommand.domain.drill.ScenarioTime;

/** Reads the fields of one part of a scenario (header, objective, inject, action), noting what is wrong where. */
final class ScenarioFields {
    private final JsonNode node;
    private final String where;
    private final List<ScenarioProblem> problems;

    ScenarioFields(JsonNode node, String where, List<ScenarioProblem> problems) {
        this.node = node;
        this.where = where;
        this.problems = problems;
    }

    String where() {
        return where;
    }

    JsonNode node(String field) {
        JsonNode n = node.get(field);
        return n == null || n.isNull() ? null : n;
    }

    String text(String field) {
        JsonNode n = node(field);
        if (n == null || n.isContainerNode()) {
            return null;
        }
        String s = n.asText().trim();
        return s.isEmpty() ? null : s;
    }

    String required(String field) {
        String s = text(field);
        if (s == null) {
            problem(field, "scenario.missing", field);
        }
        return s;
    }

    Integer integer(String field, boolean required) {
        String s = required ? required(field) : text(field);
        if (s == null) {
            return null;
        }
        try {
            double d = Double.parseDouble(s);
            if (d == Math.rint(d)) {
                return (int) d;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problem(field, "scenario.notANumber", field, s);
        return null;
    }

    Double decimal(String field) {
        String s = text(field);
        if (s == null) {
            return null;
        }
        try {
            return Double.parseDouble(s);
        } catch (NumberFormatException e) {
            problem(field, "scenario.notANumber", field, s);
            return null;
        }
    }

    Duration time(String field, boolean required) {
        String s = required ? required(field) : text(field);
        if (s == null) {
            return null;
        }
        Optional<Duration> d = ScenarioTime.parse(s);
        if (d.isEmpty()) {
            problem(field, "scenario.badTime", field, s);
        }
        return d.orElse(null);
    }

    boolean flag(String field) {
        String s = text(field);
        return s != null && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("yes") || s.equals("是"));
    }

    <E extends Enum<E>> E choice(String field, Class<E> type, boolean required) {
        String s = required ? required(field) : text(field);
        if (s == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, s.toUpperCase(Locale.ROOT).replace('-', '_').replace(' ', '_'));
        } catch (IllegalArgumentException e) {
            StringBuilder allowed = new StringBuilder();
            for (E c : type.getEnumConstants()) {
                allowed.append(allowed.length() == 0 ? "" : ", ").append(c.name().toLowerCase(Locale.ROOT));
            }
            problem(field, "scenario.badChoice", field, s, allowed);
            return null;
        }
    }

    void problem(String field, String key, Object... args) {
        problems.add(ScenarioProblem.of(where, field, key, args));
    }
}
