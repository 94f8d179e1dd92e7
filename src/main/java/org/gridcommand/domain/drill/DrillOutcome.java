package org.gridcommand.domain.drill;

import java.time.Instant;
import java.util.List;

/** What a drill run produced: the timeline, each expected action's result, and when it ran (real time). */
public record DrillOutcome(Scenario scenario, Instant ranAt, List<TimelineEntry> timeline, List<ActionResult> results) {
    public DrillOutcome {
        timeline = List.copyOf(timeline);
        results = List.copyOf(results);
    }

    public int score() {
        return results.stream().mapToInt(ActionResult::pointsEarned).sum();
    }

    /** Points of the actions that were due (a contingency inject's only when it fired). */
    public int possible() {
        return results.stream().mapToInt(r -> r.expected().points()).sum();
    }

    public ObjectiveRating rating(Objective o) {
        int earned = 0;
        int possible = 0;
        for (ActionResult r : results) {
            if (o.id().equals(r.expected().objective())) {
                earned += r.pointsEarned();
                possible += r.expected().points();
            }
        }
        return ObjectiveRating.of(earned, possible);
    }
}
