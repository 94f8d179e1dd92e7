package org.gridcommand.service.drill;

import org.gridcommand.service.Backend;
import org.gridcommand.store.drill.DrillCopy;

/**
 * A drill's own city: the services of the copy made at its start, on the drill clock. Everything a drill does
 * goes through {@link #services()}; the live database is only read once, by the copy.
 */
public final class DrillCity implements AutoCloseable {
    private final DrillCopy copy;
    private final Backend services;
    private final Runnable discard;

    DrillCity(DrillCopy copy, Backend services, Runnable discard) {
        this.copy = copy;
        this.services = services;
        this.discard = discard;
    }

    public Backend services() {
        return services;
    }

    /** Where the copy is, for the trainer (a file, or a schema on the server). */
    public String describe() {
        return copy.file() != null ? copy.file().toString() : copy.schema();
    }

    /** Closes the copy and keeps it (for a later look by the evaluator). */
    public void closeAndKeep() {
        services.close();
    }

    /** Closes the copy and removes it. */
    @Override
    public void close() {
        services.close();
        discard.run();
    }
}
