package org.gridcommand.service.emergency;

import java.time.Instant;
import java.util.List;
import org.gridcommand.domain.emergency.LineKind;
import org.gridcommand.domain.plan.EmergencyType;
import org.gridcommand.domain.plan.ResponseLevel;

/**
 * What activating a plan at a level for an area would do: the plan version used, the units' tasks, the supplies
 * from the nearest warehouses, the nearest teams and experts — and any shortfall. Nothing is reserved until
 * {@link ActivationService#commit} is called with it.
 *
 * @param computeNanos how long the computation took (for the board and the bench)
 * @param request      what the commander asked for when it was computed (null for the additions of a level change)
 */
public record Proposal(long planId, String planCode, int planRevision, String planName, EmergencyType type,
                       ResponseLevel level, ResolvedArea area, List<ProposalLine> lines, List<Shortfall> shortfalls,
                       boolean drill, Instant computedAt, long computeNanos, ActivationRequest request) {
    public Proposal {
        lines = List.copyOf(lines);
        shortfalls = List.copyOf(shortfalls);
    }

    public List<ProposalLine> lines(LineKind kind) {
        return lines.stream().filter(l -> l.kind() == kind).toList();
    }

    public boolean isComplete() {
        return shortfalls.isEmpty();
    }

    /** The same proposal for a drill: committing it creates a drill activation (CAP status Exercise). */
    public Proposal asDrill() {
        return new Proposal(planId, planCode, planRevision, planName, type, level, area, lines, shortfalls, true,
                computedAt, computeNanos, request);
    }

    /** The same proposal, remembering the request it answers. */
    Proposal answering(ActivationRequest asked) {
        return new Proposal(planId, planCode, planRevision, planName, type, level, area, lines, shortfalls, drill,
                computedAt, computeNanos, asked);
    }
}
