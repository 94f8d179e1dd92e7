package org.gridcommand.service.drill;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridcommand.domain.drill.ActionResult;
import org.gridcommand.domain.drill.DrillOutcome;
import org.gridcommand.domain.drill.ScenarioTime;
import org.gridcommand.domain.drill.TimelineEntry;

/** The after-action report as JSON, for tracking the improvement plan and for automated checks of a scenario. */
final class AarJson {
    private AarJson() {
    }

    static void write(AfterActionReport r, OutputStream out) throws IOException {
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValue(out, tree(r));
    }

    static Map<String, Object> tree(AfterActionReport r) {
        DrillOutcome o = r.outcome();
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> overview = new LinkedHashMap<>();
        overview.put("scenario", o.scenario().name());
        overview.put("description", o.scenario().description());
        overview.put("scenario_start", o.scenario().start().toString());
        overview.put("ran_at", o.ranAt().toString());
        overview.put("drill_copy", r.drillCopy());
        overview.put("score", o.score());
        overview.put("possible", o.possible());
        overview.put("injects_delivered", r.injectsDelivered());
        overview.put("contingencies_fired", r.contingenciesFired());
        root.put("overview", overview);
        List<Map<String, Object>> objectives = new ArrayList<>();
        for (AfterActionReport.ObjectiveLine l : r.objectives()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", l.objective().id());
            m.put("title", l.objective().title());
            m.put("capability", l.objective().capability());
            m.put("targets", l.objective().targets());
            m.put("earned", l.earned());
            m.put("possible", l.possible());
            m.put("rating", l.rating().name());
            objectives.add(m);
        }
        root.put("objectives", objectives);
        List<Map<String, Object>> timeline = new ArrayList<>();
        for (TimelineEntry e : o.timeline()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("at", ScenarioTime.format(e.at()));
            m.put("what", e.what().name().toLowerCase());
            m.put("inject", e.inject());
            m.put("action", e.action() == null ? null : e.action().name().toLowerCase());
            m.put("detail", e.detail());
            timeline.add(m);
        }
        root.put("timeline", timeline);
        root.put("expected_actions", o.results().stream().map(AarJson::result).toList());
        root.put("strengths", r.strengths().stream().map(a -> a.expected().id()).toList());
        root.put("areas_for_improvement", r.improvements().stream().map(a -> a.expected().id()).toList());
        List<Map<String, Object>> plan = new ArrayList<>();
        for (AfterActionReport.PlanLine p : r.improvementPlan()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("action_id", p.cause().expected().id());
            m.put("issue", p.cause().expected().description());
            m.put("capability", p.capability());
            m.put("corrective_action", null);
            m.put("owner", p.owner());
            m.put("due", p.due());
            plan.add(m);
        }
        root.put("improvement_plan", plan);
        return root;
    }

    private static Map<String, Object> result(ActionResult a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("inject", a.inject());
        m.put("id", a.expected().id());
        m.put("action", a.expected().kind().name().toLowerCase());
        m.put("description", a.expected().description());
        m.put("objective", a.expected().objective());
        m.put("delivered_at", ScenarioTime.format(a.deliveredAt()));
        m.put("deadline", ScenarioTime.format(a.expected().deadline()));
        m.put("met", a.met());
        m.put("done_at", a.met() ? ScenarioTime.format(a.doneAt()) : null);
        m.put("delay_seconds", a.met() ? a.delay().getSeconds() : null);
        m.put("points", a.pointsEarned());
        m.put("of", a.expected().points());
        return m;
    }
}
