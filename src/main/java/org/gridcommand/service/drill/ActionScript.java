package org.gridcommand.service.drill;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.gridcommand.domain.drill.ActionKind;
import org.gridcommand.domain.drill.PlayerAction;
import org.gridcommand.domain.drill.ScenarioProblem;

/**
 * Scripted player actions for {@code drill run --actions}: a YAML list, one action per item, e.g.
 * {@code {at: T+00:18, action: dispatch_event, inject: 2, unit: PSGS}}. Fields as in docs/drills.md.
 */
public final class ActionScript {
    /** The actions, and every problem with where it is (the actions are empty when there is any). */
    public record Loaded(List<PlayerAction> actions, List<ScenarioProblem> problems) {
    }

    private ActionScript() {
    }

    public static Loaded read(Path file) {
        List<ScenarioProblem> problems = new ArrayList<>();
        JsonNode root;
        try {
            root = new YAMLMapper().readTree(file.toFile());
        } catch (IOException e) {
            problems.add(ScenarioProblem.of("file", "", "scenario.unreadable", file, e.getMessage()));
            return new Loaded(List.of(), problems);
        }
        List<PlayerAction> actions = new ArrayList<>();
        int n = 0;
        for (JsonNode a : root == null ? List.<JsonNode>of() : iterable(root)) {
            n++;
            ScenarioFields f = new ScenarioFields(a, "action " + n, problems);
            Duration at = f.time("at", true);
            ActionKind kind = f.choice("action", ActionKind.class, true);
            Integer inject = f.integer("inject", false);
            Integer quantity = f.integer("quantity", false);
            if ((kind == ActionKind.REGISTER_EVENT || kind == ActionKind.DISPATCH_EVENT) && inject == null) {
                f.problem("inject", "scenario.missing", "inject");
            }
            if (kind == ActionKind.DISPATCH_EVENT && f.text("unit") == null) {
                f.problem("unit", "scenario.missing", "unit");
            }
            if (kind == ActionKind.ACTIVATE_PLAN) {
                f.required("plan");
                f.required("level");
                f.required("grid");
            }
            if (kind == ActionKind.ISSUE_STOCK) {
                f.required("item");
                f.required("warehouse");
            }
            if (at != null && kind != null) {
                actions.add(new PlayerAction(at, kind, inject, f.text("category"), f.text("plan"), f.text("level"),
                        f.text("grid"), f.text("unit"), f.text("item"), f.text("warehouse"),
                        quantity == null ? 1 : quantity, f.text("actor") == null ? "player" : f.text("actor")));
            }
        }
        return new Loaded(problems.isEmpty() ? actions : List.of(), problems);
    }

    private static List<JsonNode> iterable(JsonNode root) {
        List<JsonNode> out = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(out::add);
        } else if (root.has("actions")) {
            root.get("actions").forEach(out::add);
        }
        return out;
    }
}
