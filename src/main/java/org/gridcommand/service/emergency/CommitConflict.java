package org.gridcommand.service.emergency;

/**
 * A commit that could not go through because resources changed under it — usually another commander reserved
 * the same stock or team a moment earlier. Nothing was saved. It carries a fresh proposal computed from the
 * current state, ready to show and commit again.
 */
public final class CommitConflict extends IllegalStateException {
    private final transient Proposal reproposal;

    public CommitConflict(String message, Proposal reproposal, Throwable cause) {
        super(message, cause);
        this.reproposal = reproposal;
    }

    /** A new proposal for the same plan, level and area, on the resources as they are now (may be null). */
    public Proposal reproposal() {
        return reproposal;
    }
}
