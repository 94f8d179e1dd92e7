package org.gridcommand.ui.emergency;

import org.gridcommand.domain.plan.ResponseLevel;
import org.gridcommand.service.emergency.ActivationRequest;

/** What the commander has chosen on the board: plan, level, area; an exercise when it came from the flood replay. */
record BoardChoice(long planId, ResponseLevel level, AreaChoice area, boolean exercise) {
    ActivationRequest request() {
        return new ActivationRequest(planId, level, area.toAffectedArea());
    }
}
