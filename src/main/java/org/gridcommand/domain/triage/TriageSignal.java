package org.gridcommand.domain.triage;

import java.util.List;

/**
 * What every console polls: how many reports wait for registration, a fingerprint of them (it changes whenever
 * one arrives, leaves, changes or is acknowledged: then the list is read again) and the 特急 ones whose alarm
 * nobody acknowledged.
 */
public record TriageSignal(long waiting, long fingerprint, List<AlarmingReport> alarming) {
    public TriageSignal {
        alarming = List.copyOf(alarming);
    }

    /** Before the first look. */
    public static final TriageSignal UNKNOWN = new TriageSignal(-1, Long.MIN_VALUE, List.of());
}
