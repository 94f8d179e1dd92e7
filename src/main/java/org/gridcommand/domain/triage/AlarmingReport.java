package org.gridcommand.domain.triage;

import java.time.Instant;

/** A 特急 report waiting for registration whose alarm nobody has acknowledged yet. */
public record AlarmingReport(long id, String number, String title, Instant reportedAt, String wording) {
}
