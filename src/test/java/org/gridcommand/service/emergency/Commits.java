package org.gridcommand.service.emergency;

/** Test stories that commit a proposal exactly as it was proposed (the commander's choice is what was asked). */
public final class Commits {
    private Commits() {
    }

    public static long asProposed(ActivationService activations, Proposal p, Adjustments adjustments, String actor) {
        return activations.commit(p, p.request(), adjustments, actor);
    }
}
