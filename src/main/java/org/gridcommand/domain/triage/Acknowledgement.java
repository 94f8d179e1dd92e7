package org.gridcommand.domain.triage;

import java.time.Instant;

/** Who acknowledged the alarm of a 特急 report at a triage desk, and when (on the application clock). */
public record Acknowledgement(String by, Instant at) {
}
