package org.gridcommand.service.drill;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.gridcommand.domain.drill.ActionKind;
import org.gridcommand.domain.drill.ExpectedAction;
import org.gridcommand.domain.drill.Inject;
import org.gridcommand.domain.drill.InjectLocation;
import org.gridcommand.domain.drill.InjectType;
import org.gridcommand.domain.drill.Objective;
import org.gridcommand.domain.drill.PlayerRole;
import org.gridcommand.domain.drill.Scenario;
import org.gridcommand.domain.drill.ScenarioProblem;
import org.gridcommand.domain.drill.SensorPoint;

/**
 * Turns a scenario tree (read from YAML, or built from a spreadsheet) into a {@link Scenario}, noting every field
 * that is missing or malformed with where it is. Field names are those of {@code docs/scenario.schema.json}.
 */
final class ScenarioReader {
    private final List<ScenarioProblem> problems = new ArrayList<>();

    List<ScenarioProblem> problems() {
        return problems;
    }

    Scenario read(JsonNode root) {
        if (root == null || !root.isObject()) {
            problems.add(ScenarioProblem.of("header", "", "scenario.notAMapping"));
            return null;
        }
        ScenarioFields h = new ScenarioFields(root, "header", problems);
        String name = h.required("name");
        String startText = h.required("start");
        OffsetDateTime start = null;
        if (startText != null) {
            try {
                start = OffsetDateTime.parse(startText);
            } catch (DateTimeParseException e) {
                h.problem("start", "scenario.badStart", startText);
            }
        }
        String cityState = h.text("city_state") == null ? "live" : h.text("city_state");
        List<Objective> objectives = new ArrayList<>();
        for (JsonNode o : list(root, "objectives")) {
            ScenarioFields f = fields(o, "objective " + text(o, "id") + row(o));
            objectives.add(new Objective(f.required("id"), f.required("title"), f.required("capability"),
                    strings(f.node("targets"))));
        }
        List<Inject> injects = new ArrayList<>();
        for (JsonNode i : list(root, "injects")) {
            Inject inject = inject(i);
            if (inject != null) {
                injects.add(inject);
            }
        }
        return new Scenario(name, h.text("description"), start, cityState, objectives, injects);
    }

    private Inject inject(JsonNode i) {
        ScenarioFields f = fields(i, "inject " + text(i, "number") + row(i));
        Integer number = f.integer("number", true);
        Duration at = f.time("at", false);
        boolean contingency = f.flag("contingency");
        if (at == null && !contingency && f.text("at") == null) {
            f.problem("at", "scenario.missing", "at");
        }
        InjectType type = f.choice("type", InjectType.class, true);
        PlayerRole role = f.choice("player_role", PlayerRole.class, true);
        String content = f.required("content");
        InjectLocation location = location(f);
        String device = type == InjectType.CAMERA_ALARM ? f.text("camera") : f.text("sensor");
        if (type == InjectType.SENSOR_SERIES && device == null) {
            f.problem("sensor", "scenario.missing", "sensor");
        }
        if (type == InjectType.CAMERA_ALARM && device == null) {
            f.problem("camera", "scenario.missing", "camera");
        }
        String resource = f.text("resource");
        if (type == InjectType.RESOURCE_UNAVAILABLE && resource == null) {
            f.problem("resource", "scenario.missing", "resource");
        }
        if (type == InjectType.EVENT_REPORT && location.isEmpty()) {
            f.problem("location", "scenario.missing", "location");
        }
        List<SensorPoint> readings = new ArrayList<>();
        for (JsonNode r : list(i, "readings")) {
            ScenarioFields rf = new ScenarioFields(r, f.where(), problems);
            Duration when = rf.time("at", true);
            Double value = rf.decimal("value");
            if (value == null && rf.text("value") == null) {
                rf.problem("value", "scenario.missing", "value");
            }
            if (when != null && value != null) {
                readings.add(new SensorPoint(when, value));
            }
        }
        List<ExpectedAction> expected = new ArrayList<>();
        for (JsonNode a : list(i, "expected")) {
            ExpectedAction action = action(a, f.where());
            if (action != null) {
                expected.add(action);
            }
        }
        if (number == null || type == null || role == null || content == null || (at == null && !contingency)) {
            return null;
        }
        return new Inject(number, at == null ? Duration.ZERO : at, type, f.text("originator"), role, content,
                location, f.text("category"), device, readings, resource, contingency, expected);
    }

    private ExpectedAction action(JsonNode a, String injectWhere) {
        ScenarioFields f = new ScenarioFields(a, injectWhere + ", action " + text(a, "id") + row(a), problems);
        String id = f.required("id");
        ActionKind kind = f.choice("action", ActionKind.class, true);
        Duration deadline = f.time("deadline", true);
        Integer points = f.integer("points", true);
        Integer onMiss = f.integer("on_miss", false);
        if (id == null || kind == null || deadline == null || points == null) {
            return null;
        }
        return new ExpectedAction(id, kind, f.text("description"), f.text("plan"), f.text("level"), f.text("unit"),
                f.text("item"), f.text("warehouse"), f.text("objective"), deadline, points, onMiss);
    }

    private InjectLocation location(ScenarioFields f) {
        JsonNode l = f.node("location");
        if (l == null) {
            return InjectLocation.NONE;
        }
        ScenarioFields lf = new ScenarioFields(l, f.where(), problems);
        Double lon = lf.decimal("lon");
        Double lat = lf.decimal("lat");
        if ((lon == null) != (lat == null)) {
            lf.problem("location", "scenario.halfPoint");
        }
        return new InjectLocation(lf.text("grid"), lon, lat);
    }

    private ScenarioFields fields(JsonNode node, String where) {
        return new ScenarioFields(node, where, problems);
    }

    private static List<JsonNode> list(JsonNode parent, String field) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode n = parent.get(field);
        if (n != null && n.isArray()) {
            n.forEach(out::add);
        }
        return out;
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? "?" : v.asText();
    }

    /** Where a spreadsheet had this part (its reader notes sheet and row), so the trainer finds the cell. */
    private static String row(JsonNode n) {
        JsonNode r = n.get(ScenarioTree.SOURCE);
        return r == null ? "" : " (" + r.asText() + ")";
    }

    private static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        if (n != null && n.isArray()) {
            n.forEach(v -> out.add(v.asText()));
        } else if (n != null && !n.asText().isBlank()) {
            out.add(n.asText());
        }
        return out;
    }
}
