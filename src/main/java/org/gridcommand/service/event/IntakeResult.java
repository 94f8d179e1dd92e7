package org.gridcommand.service.event;

import org.gridcommand.domain.event.Event;

/**
 * The event an intake produced (or found: {@code alreadyKnown} when the same channel and external id had arrived
 * before), with the dispatch the console proposes (empty while the event waits for triage).
 */
public record IntakeResult(Event event, boolean alreadyKnown, DispatchProposal proposal) {
}
