package org.gridcommand.service.emergency;

import java.time.Clock;
import java.util.List;
import org.gridcommand.service.resources.ResourceService;
import org.gridcommand.store.Database;
import org.gridcommand.store.DatabaseLocation;

/**
 * The emergency services of one database, wired together: resources, activations, CAP export, triggers.
 * Backend will hold one; until then the command line opens its own with {@link #open}.
 */
public final class EmergencyServices implements AutoCloseable {
    /** The CAP sender id used when none is configured. */
    public static final String DEFAULT_SENDER = "gridcommand@command-center.local";

    private final Database database;
    private final boolean ownsDatabase;
    private final ResourceService resources;
    private final ActivationService activations;
    private final CapExporter cap;
    private final TriggerEvaluator triggers = new TriggerEvaluator();

    public EmergencyServices(Database database, Clock clock) {
        this(database, clock, false);
    }

    private EmergencyServices(Database database, Clock clock, boolean ownsDatabase) {
        this.database = database;
        this.ownsDatabase = ownsDatabase;
        this.resources = new ResourceService(database, clock);
        this.activations = new ActivationService(database, clock, resources);
        this.cap = new CapExporter(activations, clock, DEFAULT_SENDER);
    }

    /**
     * Opens the database named by {@code dbSpec} (a file path or JDBC URL) for the emergency commands.
     *
     * @throws org.gridcommand.service.BackendUnavailableException with a message that names the fix
     */
    public static EmergencyServices open(String dbSpec, String user, String password, Clock clock) {
        try {
            return new EmergencyServices(Database.open(DatabaseLocation.parse(dbSpec, user, password)), clock, true);
        } catch (org.gridcommand.store.DatabaseUnavailableException e) {
            throw new org.gridcommand.service.BackendUnavailableException(e.getMessage(), e);
        }
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

    /** For the bench: the database these services work on. */
    Database database() {
        return database;
    }

    @Override
    public void close() {
        if (ownsDatabase) {
            database.close();
        }
    }
}
