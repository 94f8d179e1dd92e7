package org.gridcommand.service.drill;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.gridcommand.domain.drill.ActionResult;
import org.gridcommand.domain.drill.DrillOutcome;
import org.gridcommand.domain.drill.Objective;
import org.gridcommand.domain.drill.ObjectiveRating;
import org.gridcommand.domain.drill.TimelineEntry;

/**
 * The after-action report (评估报告 / AAR-IP) of a drill run, worked out once for its JSON and its PDF: objectives
 * with their automatic ratings, strengths (actions done in the first half of the time allowed), areas for
 * improvement (missed actions, and actions done only in the last quarter), and one improvement-plan line per
 * area whose owner and due date the evaluator fills in.
 */
public record AfterActionReport(DrillOutcome outcome, String drillCopy, List<ObjectiveLine> objectives,
                                List<ActionResult> strengths, List<ActionResult> improvements,
                                List<PlanLine> improvementPlan) {

    public record ObjectiveLine(Objective objective, int earned, int possible, ObjectiveRating rating) {
    }

    /** One line of the improvement plan: what, which capability, owner and due date to be set by the evaluator. */
    public record PlanLine(ActionResult cause, String capability, String owner, String due) {
    }

    public static AfterActionReport of(DrillOutcome outcome, String drillCopy) {
        List<ObjectiveLine> objectives = new ArrayList<>();
        for (Objective o : outcome.scenario().objectives()) {
            int earned = 0;
            int possible = 0;
            for (ActionResult r : outcome.results()) {
                if (o.id().equals(r.expected().objective())) {
                    earned += r.pointsEarned();
                    possible += r.expected().points();
                }
            }
            objectives.add(new ObjectiveLine(o, earned, possible, ObjectiveRating.of(earned, possible)));
        }
        List<ActionResult> strengths = new ArrayList<>();
        List<ActionResult> improvements = new ArrayList<>();
        for (ActionResult r : outcome.results()) {
            Duration allowed = r.expected().deadline().minus(r.deliveredAt());
            if (r.met() && r.delay().compareTo(allowed.dividedBy(2)) <= 0) {
                strengths.add(r);
            } else if (!r.met() || r.delay().compareTo(allowed.multipliedBy(3).dividedBy(4)) > 0) {
                improvements.add(r);
            }
        }
        List<PlanLine> plan = new ArrayList<>();
        for (ActionResult r : improvements) {
            String capability = outcome.scenario().objectives().stream()
                    .filter(o -> o.id().equals(r.expected().objective())).map(Objective::capability).findFirst()
                    .orElse("");
            plan.add(new PlanLine(r, capability, null, null));
        }
        return new AfterActionReport(outcome, drillCopy, objectives, strengths, improvements, plan);
    }

    public long contingenciesFired() {
        return outcome.timeline().stream().filter(e -> e.what() == TimelineEntry.What.CONTINGENCY).count();
    }

    public long injectsDelivered() {
        return outcome.timeline().stream().filter(e -> e.what() == TimelineEntry.What.INJECT
                || e.what() == TimelineEntry.What.CONTINGENCY).count();
    }
}
