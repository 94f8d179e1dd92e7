package org.gridcommand.service.event;

import java.util.List;
import org.gridcommand.domain.event.Phrase;

/**
 * What the console proposes for an event: a lead unit and co-handlers, and why (the rule or the difficulty that
 * decided, as a {@link Phrase} each console words). The officer confirms or overrides it with
 * {@link EventService#dispatch}. {@code lead} is null when nothing fits (e.g. outside every grid and no rule): the
 * officer picks by hand. {@code avoided} says which unit was left out because it had just returned the event, or
 * is null.
 */
public record DispatchProposal(UnitRef lead, List<UnitRef> coHandlers, Phrase basis, Phrase avoided) {
    public DispatchProposal {
        coHandlers = List.copyOf(coHandlers);
    }

    static DispatchProposal none(Phrase why) {
        return new DispatchProposal(null, List.of(), why, null);
    }

    public boolean isEmpty() {
        return lead == null;
    }
}
