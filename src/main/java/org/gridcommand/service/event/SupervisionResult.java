package org.gridcommand.service.event;

import java.util.List;
import org.gridcommand.domain.event.Event;

/** What one-key supervision (一键督办) did: the unit that now leads (null if none above) and who was told. */
public record SupervisionResult(Event event, UnitRef escalatedTo, List<UnitRef> notified) {
    public SupervisionResult {
        notified = List.copyOf(notified);
    }
}
