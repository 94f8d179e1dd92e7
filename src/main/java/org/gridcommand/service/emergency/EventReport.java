package org.gridcommand.service.emergency;

import java.time.Instant;

/** A reported event, as the trigger evaluation sees it: its category code, place and time. */
public record EventReport(long eventId, String categoryCode, double lon, double lat, Instant reportedAt) {
}
