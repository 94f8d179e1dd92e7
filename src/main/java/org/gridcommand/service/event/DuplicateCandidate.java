package org.gridcommand.service.event;

import java.time.Instant;
import org.gridcommand.domain.event.EventState;

/** An event that may report the same thing: same category, close by, close in time. Only a proposal. */
public record DuplicateCandidate(long eventId, String number, String title, EventState state,
                                 double distanceMeters, Instant reportedAt, long version) {
}
