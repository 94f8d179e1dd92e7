package org.gridcommand.service.emergency;

import org.gridcommand.domain.plan.Plan;
import org.gridcommand.domain.plan.PlanLevel;

/** A plan level whose trigger text is to be evaluated. */
public record PlanTrigger(Plan plan, PlanLevel level) {
}
