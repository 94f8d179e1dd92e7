package org.gridcommand.service.drill;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.gridcommand.domain.drill.ExpectedAction;
import org.gridcommand.domain.drill.Inject;
import org.gridcommand.domain.drill.InjectType;
import org.gridcommand.domain.drill.Objective;
import org.gridcommand.domain.drill.Scenario;
import org.gridcommand.domain.drill.ScenarioTime;
import org.gridcommand.domain.drill.SensorPoint;

/** A scenario as the tree its files hold (the fields of {@code docs/scenario.schema.json}), for writing. */
final class ScenarioTree {
    /** Set by the spreadsheet reader on each part: sheet and row, for messages. Never written. */
    static final String SOURCE = "_source";
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private ScenarioTree() {
    }

    static ObjectNode of(Scenario s) {
        ObjectNode root = F.objectNode();
        root.put("name", s.name());
        putIf(root, "description", s.description());
        root.put("start", s.start().toString());
        root.put("city_state", s.cityState());
        ArrayNode objectives = root.putArray("objectives");
        for (Objective o : s.objectives()) {
            ObjectNode n = objectives.addObject();
            n.put("id", o.id());
            n.put("title", o.title());
            n.put("capability", o.capability());
            ArrayNode targets = n.putArray("targets");
            o.targets().forEach(targets::add);
        }
        ArrayNode injects = root.putArray("injects");
        for (Inject i : s.injects()) {
            injects.add(inject(i));
        }
        return root;
    }

    private static ObjectNode inject(Inject i) {
        ObjectNode n = F.objectNode();
        n.put("number", i.number());
        if (!i.contingency()) {
            n.put("at", ScenarioTime.format(i.at()));
        } else {
            n.put("contingency", true);
        }
        n.put("type", lower(i.type()));
        putIf(n, "originator", i.originator());
        n.put("player_role", lower(i.playerRole()));
        n.put("content", i.content());
        if (!i.location().isEmpty()) {
            ObjectNode l = n.putObject("location");
            putIf(l, "grid", i.location().grid());
            if (i.location().hasPoint()) {
                l.put("lon", i.location().lon());
                l.put("lat", i.location().lat());
            }
        }
        putIf(n, "category", i.category());
        putIf(n, i.type() == InjectType.CAMERA_ALARM ? "camera" : "sensor", i.device());
        if (!i.readings().isEmpty()) {
            ArrayNode r = n.putArray("readings");
            for (SensorPoint p : i.readings()) {
                r.addObject().put("at", ScenarioTime.format(p.at())).put("value", p.value());
            }
        }
        putIf(n, "resource", i.resource());
        if (!i.expected().isEmpty()) {
            ArrayNode e = n.putArray("expected");
            for (ExpectedAction a : i.expected()) {
                e.add(action(a));
            }
        }
        return n;
    }

    private static ObjectNode action(ExpectedAction a) {
        ObjectNode n = F.objectNode();
        n.put("id", a.id());
        n.put("action", lower(a.kind()));
        putIf(n, "description", a.description());
        putIf(n, "plan", a.plan());
        putIf(n, "level", a.level());
        putIf(n, "unit", a.unit());
        putIf(n, "item", a.item());
        putIf(n, "warehouse", a.warehouse());
        putIf(n, "objective", a.objective());
        n.put("deadline", ScenarioTime.format(a.deadline()));
        n.put("points", a.points());
        if (a.onMiss() != null) {
            n.put("on_miss", a.onMiss());
        }
        return n;
    }

    private static void putIf(ObjectNode n, String field, String value) {
        if (value != null) {
            n.put(field, value);
        }
    }

    static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }
}
