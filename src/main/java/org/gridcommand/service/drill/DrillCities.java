package org.gridcommand.service.drill;

import java.time.Clock;
import org.gridcommand.service.Backend;
import org.gridcommand.store.Database;
import org.gridcommand.store.drill.DrillCopies;
import org.gridcommand.store.drill.DrillCopy;

/** Starts drills on copies of the live city (ADR 0021): nothing a drill does reaches the live data. */
public final class DrillCities {
    private final Database live;

    public DrillCities(Database live) {
        this.live = live;
    }

    /** Copies the live city now and opens the copy with {@code drillClock} as its clock. */
    public DrillCity start(Clock drillClock) {
        DrillCopy copy = DrillCopies.copy(live);
        Backend services;
        try {
            services = Backend.open(copy.spec(), live.location().user(), live.location().password(), drillClock,
                    false);
        } catch (RuntimeException e) {
            DrillCopies.discard(live, copy);
            throw e;
        }
        return new DrillCity(copy, services, () -> DrillCopies.discard(live, copy));
    }
}
