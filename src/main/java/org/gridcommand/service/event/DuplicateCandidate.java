package org.gridcommand.service.event;

import java.time.Instant;
import org.gridcommand.domain.event.EventState;

/**
 * An event that may report the same thing: same category, close by, close in time. Only a proposal.
 * {@code wording} is what its title says when the system wrote it (a plan's task; {@link EventWords#title}).
 */
public record DuplicateCandidate(long eventId, String number, String title, EventState state,
                                 double distanceMeters, Instant reportedAt, long version, String wording) {
}
