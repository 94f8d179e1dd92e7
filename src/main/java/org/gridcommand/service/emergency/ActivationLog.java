package org.gridcommand.service.emergency;

import java.time.Clock;
import org.gridcommand.domain.emergency.ActivationLogEntry;
import org.gridcommand.domain.emergency.ActivationLogEntry.Action;
import org.gridcommand.store.IdAllocator;
import org.hibernate.Session;

/** Appends to an activation's audit trail inside the caller's transaction. */
final class ActivationLog {
    private final IdAllocator ids;
    private final Clock clock;

    ActivationLog(IdAllocator ids, Clock clock) {
        this.ids = ids;
        this.clock = clock;
    }

    void write(Session s, long activationId, String actor, Action action, String detail) {
        s.persist(new ActivationLogEntry(ids.next(), activationId, clock.instant(), actor, action, detail));
    }
}
