package org.gridcommand.service.resources;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.function.ToDoubleFunction;
import org.gridcommand.domain.account.UseCase;
import org.gridcommand.domain.emergency.MovementKind;
import org.gridcommand.domain.emergency.StockMovement;
import org.gridcommand.domain.resource.TeamStatus;
import org.gridcommand.geo.Wgs84;
import org.gridcommand.geo.nearest.Neighbour;
import org.gridcommand.service.account.Permissions;
import org.gridcommand.store.Database;

/**
 * Resource lookup, in or outside an emergency: warehouses by item, teams by skill and status, experts by field,
 * each sorted by distance from a point; and the inventory ledger (in, out, reserved, released).
 * <p>
 * Reads come from an in-memory snapshot taken once and indexed; {@link #refresh()} re-reads it (after a commit,
 * or when the console hears that another one changed resources). Thread-safe: the snapshot is swapped whole.
 */
public final class ResourceService {
    private final Database database;
    private final Clock clock;
    private final SnapshotReader reader;
    private final StockLedger ledger;
    private final StockBook stock;
    private final Permissions permissions;
    private volatile ResourceIndex current;

    /** For system callers ({@link Permissions#system()}): drills' scripted players, benches, tests. */
    public ResourceService(Database database, Clock clock) {
        this(database, clock, Permissions.system());
    }

    /** Receipts, issues and stock takes checked against {@code permissions} (warehouse work). */
    public ResourceService(Database database, Clock clock, Permissions permissions) {
        this.permissions = permissions;
        this.database = database;
        this.clock = clock;
        this.reader = new SnapshotReader(database, clock);
        this.ledger = new StockLedger(database.ids(), clock);
        this.stock = new StockBook(database, ledger, this::refresh, permissions);
    }

    /** The indexed snapshot, read from the database on first use. */
    public ResourceIndex index() {
        ResourceIndex index = current;
        if (index == null) {
            synchronized (this) {
                if (current == null) {
                    current = new ResourceIndex(reader.read());
                }
                index = current;
            }
        }
        return index;
    }

    /** Re-reads every resource from the database and returns the new index. */
    public ResourceIndex refresh() {
        ResourceIndex fresh = new ResourceIndex(reader.read());
        current = fresh;
        return fresh;
    }

    /** The warehouse keeper's stock book: receipts, issues, the ledger and the stock take. */
    public StockBook stock() {
        return stock;
    }

    /** The ledger that activations reserve and release stock through. */
    public StockLedger ledger() {
        return ledger;
    }

    /**
     * Teams nearest to (lon, lat) first, at most {@code limit}; {@code skill} and {@code status} filter when not
     * null.
     */
    public List<Neighbour<TeamSnapshot>> teams(String skill, TeamStatus status, double lon, double lat, int limit) {
        return nearest(index().snapshot().teams().stream()
                .filter(t -> skill == null || t.hasSkill(skill))
                .filter(t -> status == null || t.status() == status).toList(),
                TeamSnapshot::lon, TeamSnapshot::lat, lon, lat, limit);
    }

    /** Experts nearest to (lon, lat) first, at most {@code limit}; filters by field and availability when asked. */
    public List<Neighbour<ExpertSnapshot>> experts(String field, boolean availableOnly, double lon, double lat,
                                                   int limit) {
        return nearest(index().snapshot().experts().stream()
                .filter(e -> field == null || e.field().equals(field))
                .filter(e -> !availableOnly || e.available()).toList(),
                ExpertSnapshot::lon, ExpertSnapshot::lat, lon, lat, limit);
    }

    /** Records stock received into a warehouse (IN) and raises its quantity. */
    public void receive(long stockItemId, int amount, String systemActor, String reason) {
        String actor = permissions.require(UseCase.STOCK, systemActor);
        database.transact(s -> {
            ledger.move(s, stockItemId, MovementKind.IN, amount, actor, reason);
            return null;
        });
        refresh();
    }

    /** Records stock issued from a warehouse (OUT); refuses to issue what is reserved or missing. */
    public void issue(long stockItemId, int amount, String systemActor, String reason) {
        String actor = permissions.require(UseCase.STOCK, systemActor);
        database.transact(s -> {
            ledger.move(s, stockItemId, MovementKind.OUT, amount, actor, reason);
            return null;
        });
        refresh();
    }

    /** The movements of one stock item, oldest first. */
    public List<StockMovement> movements(long stockItemId) {
        return database.transact(s -> s.createSelectionQuery(
                "from StockMovement m where m.stockItemId = :id order by m.occurredAt, m.id", StockMovement.class)
                .setParameter("id", stockItemId).getResultList());
    }

    Clock clock() {
        return clock;
    }

    // the lookup screens filter by arbitrary combinations: sorting the filtered few is simpler than one index each
    private static <T> List<Neighbour<T>> nearest(List<T> items, ToDoubleFunction<T> lonOf,
                                                  ToDoubleFunction<T> latOf, double lon,
                                                  double lat, int limit) {
        return items.stream()
                .map(t -> new Neighbour<>(t, lonOf.applyAsDouble(t), latOf.applyAsDouble(t),
                        Wgs84.distanceMeters(lon, lat, lonOf.applyAsDouble(t), latOf.applyAsDouble(t))))
                .sorted(Comparator.comparingDouble(Neighbour::distanceMeters))
                .limit(limit).toList();
    }
}
