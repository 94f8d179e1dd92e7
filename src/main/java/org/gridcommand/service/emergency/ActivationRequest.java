package org.gridcommand.service.emergency;

import java.util.Objects;
import org.gridcommand.domain.emergency.AffectedArea;
import org.gridcommand.domain.plan.ResponseLevel;

/**
 * What the commander asked for: this plan revision, at this level, for this area. A {@link Proposal} remembers the
 * request it was computed for, and {@link ActivationService#commit} refuses a proposal whose request is not the one
 * the commander has chosen now (the level or the area changed after it was computed).
 */
public record ActivationRequest(long planId, ResponseLevel level, AffectedArea area) {
    public ActivationRequest {
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(area, "area");
    }
}
