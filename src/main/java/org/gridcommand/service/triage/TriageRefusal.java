package org.gridcommand.service.triage;

/**
 * A request the desk refuses before changing anything, with the reason as a code the console words in its own
 * language.
 */
public class TriageRefusal extends RuntimeException {
    /** Why. */
    public enum Reason {
        /** no report was chosen */
        NO_REPORT,
        /** the code is not a 事项 of the taxonomy (a 大类 or 小类, or unknown) */
        NOT_AN_ITEM,
        /** merge and cancel need a reason */
        NO_REASON,
        /** register-and-dispatch without a unit to dispatch to */
        NO_UNIT
    }

    private final Reason reason;

    public TriageRefusal(Reason reason, String detail) {
        super(reason + (detail == null ? "" : ": " + detail));
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
