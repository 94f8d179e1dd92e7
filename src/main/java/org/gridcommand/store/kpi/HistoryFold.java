package org.gridcommand.store.kpi;

/**
 * How an event's history lines fold into its facts, for SQL over {@code event_transition t} grouped by event: the
 * first registration (when, by whom), the first dispatch, the last feedback, check, close and reopen, and whether
 * it was ever cancelled, merged, deferred, returned or reworked. One text, so that the facts kept in
 * {@code kpi_event_fact} and the facts folded up to a past moment can never differ.
 */
final class HistoryFold {
    /** The twelve fact columns, in {@code kpi_event_fact}'s order from {@code registered_at} on. */
    static final String FACT_COLUMNS = " MIN(CASE WHEN t.action = 'REGISTER' THEN t.occurred_at END),"
            + " MIN(CASE WHEN t.action = 'REGISTER' THEN t.actor END),"
            + " MIN(CASE WHEN t.action = 'DISPATCH' THEN t.occurred_at END),"
            + " MAX(CASE WHEN t.action = 'FEEDBACK' THEN t.occurred_at END),"
            + " MAX(CASE WHEN t.action IN ('VERIFY', 'REJECT') THEN t.occurred_at END),"
            + " MAX(CASE WHEN t.action = 'CLOSE' THEN t.occurred_at END),"
            + " MAX(CASE WHEN t.action = 'REOPEN' THEN t.occurred_at END),"
            + " SUM(CASE WHEN t.action = 'CANCEL' THEN 1 ELSE 0 END) > 0,"
            + " SUM(CASE WHEN t.action = 'MERGE' THEN 1 ELSE 0 END) > 0,"
            + " SUM(CASE WHEN t.action = 'DEFER' THEN 1 ELSE 0 END) > 0,"
            + " SUM(CASE WHEN t.action = 'RETURN' THEN 1 ELSE 0 END) > 0,"
            + " SUM(CASE WHEN t.action IN ('REJECT', 'REOPEN') THEN 1 ELSE 0 END) > 0";

    private HistoryFold() {
    }
}
