package org.gridcommand.service.emergency;

/**
 * A commit that could not go through. Nothing was saved. It says why ({@link #why()}, so that a console can say it
 * in its own language) and carries a fresh proposal computed from the current state, ready to show and commit
 * again (null when none could be made).
 */
public final class CommitConflict extends IllegalStateException {
    /** Why nothing was committed. */
    public enum Why {
        /** Another commander reserved the same stock or took the same team or expert a moment earlier. */
        RESOURCES_TAKEN,
        /** The proposal was computed for another level, area or plan than the one chosen now. */
        STALE_PROPOSAL,
        /** The plan was edited (a new revision saved) after the proposal was computed. */
        PLAN_REVISED,
        /** The activation moved to another level meanwhile (a level change worked out on the old one). */
        LEVEL_MOVED
    }

    private final Why why;
    private final transient Proposal reproposal;

    public CommitConflict(Why why, String message, Proposal reproposal, Throwable cause) {
        super(message, cause);
        this.why = why;
        this.reproposal = reproposal;
    }

    public Why why() {
        return why;
    }

    /** A new proposal for the chosen plan, level and area, on the resources as they are now (may be null). */
    public Proposal reproposal() {
        return reproposal;
    }
}
