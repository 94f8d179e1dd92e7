package org.gridcommand.service.triage;

import java.util.List;

/**
 * What became of the reports an officer acted on at the desk, each on its own: those done (registered, also
 * dispatched, merged or cancelled) and those refused with the reason (most often: someone else acted on it first).
 *
 * @param remembered true when the chosen 事项 was remembered for the reports' own categories
 */
public record TriageOutcome(List<Done> done, List<Refused> refused, boolean remembered) {
    /** What was done to one report. */
    public enum Step { REGISTERED, DISPATCHED, MERGED, CANCELLED }

    /** {@code unit}: the lead unit a report was dispatched to, else null. */
    public record Done(long eventId, String number, Step step, String unit) {
    }

    /** {@code step}: what had already been done to it when the rest was refused (registered, not dispatched). */
    public record Refused(long eventId, String number, Step step, RuntimeException why) {
    }

    public TriageOutcome {
        done = List.copyOf(done);
        refused = List.copyOf(refused);
    }
}
