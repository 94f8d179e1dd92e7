package org.gridcommand.service.event;

import java.util.List;

/**
 * What the console proposes for an event: a lead unit and co-handlers, and why (the rule or the difficulty that
 * decided). The officer confirms or overrides it with {@link EventService#dispatch}. {@code lead} is null when
 * nothing fits (e.g. outside every grid and no rule): the officer picks by hand.
 */
public record DispatchProposal(UnitRef lead, List<UnitRef> coHandlers, String basis) {
    public DispatchProposal {
        coHandlers = List.copyOf(coHandlers);
    }

    static DispatchProposal none(String why) {
        return new DispatchProposal(null, List.of(), why);
    }

    public boolean isEmpty() {
        return lead == null;
    }
}
