package org.gridcommand.service.emergency;

import java.time.Clock;
import java.util.List;
import org.gridcommand.service.account.Permissions;
import org.gridcommand.service.resources.ResourceService;
import org.gridcommand.store.Database;

/**
 * The emergency services of one database, wired together: resources, activations, CAP export, triggers.
 * {@code Backend} holds the one of an open database; it does not own the database.
 */
public final class EmergencyServices {
    /** The CAP sender id used when none is configured. */
    public static final String DEFAULT_SENDER = "gridcommand@command-center.local";

    private final Database database;
    private final ResourceService resources;
    private final ActivationService activations;
    private final CapExporter cap;
    private final TriggerEvaluator triggers = new TriggerEvaluator();

    /** For system callers ({@link Permissions#system()}): drills' scripted players, benches, tests. */
    public EmergencyServices(Database database, Clock clock) {
        this(database, clock, Permissions.system());
    }

    /** Activations and stock checked against {@code permissions}: the commander's and the keeper's desks. */
    public EmergencyServices(Database database, Clock clock, Permissions permissions) {
        this.database = database;
        this.resources = new ResourceService(database, clock, permissions);
        this.activations = new ActivationService(database, clock, resources, permissions);
        this.cap = new CapExporter(activations, clock, DEFAULT_SENDER);
    }

    public ResourceService resources() {
        return resources;
    }

    public ActivationService activations() {
        return activations;
    }

    public CapExporter cap() {
        return cap;
    }

    public TriggerEvaluator triggers() {
        return triggers;
    }

    /** Counts of warehouses, teams and experts, so that a bench can tell an empty database. */
    public List<Long> resourceCounts() {
        return database.transact(s -> List.of(
                s.createSelectionQuery("select count(*) from Warehouse", Long.class).getSingleResult(),
                s.createSelectionQuery("select count(*) from Team", Long.class).getSingleResult(),
                s.createSelectionQuery("select count(*) from Expert", Long.class).getSingleResult()));
    }

    /** For {@link EmergencyCommand}, which adds the desk on the same database. */
    Database database() {
        return database;
    }
}
