package org.gridcommand.service.resources;

import java.time.Clock;
import org.gridcommand.domain.emergency.MovementKind;
import org.gridcommand.domain.emergency.StockMovement;
import org.gridcommand.domain.resource.StockItem;
import org.gridcommand.store.IdAllocator;
import org.hibernate.Session;

/**
 * Changes stock inside the caller's transaction and writes the matching movement, so that the ledger and the
 * stock never disagree. Reservations go through {@link StockItem#reserve} under the row's optimistic lock; the
 * database CHECK (reserved ≤ quantity) is the last line of defence.
 */
public final class StockLedger {
    private final IdAllocator ids;
    private final Clock clock;

    public StockLedger(IdAllocator ids, Clock clock) {
        this.ids = ids;
        this.clock = clock;
    }

    /**
     * Reserves {@code amount} of the stock item for an activation.
     *
     * @throws StockShortage when less is available now than asked (someone else reserved it first)
     */
    public StockItem reserve(Session s, long stockItemId, int amount, String actor, String reason, Long activationId) {
        StockItem item = load(s, stockItemId);
        if (item.available() < amount) {
            throw new StockShortage(item, amount);
        }
        item.reserve(amount);
        record(s, stockItemId, MovementKind.RESERVED, amount, actor, reason, activationId);
        return item;
    }

    /** Gives back {@code amount} previously reserved for an activation. */
    public StockItem release(Session s, long stockItemId, int amount, String actor, String reason, Long activationId) {
        StockItem item = load(s, stockItemId);
        item.release(Math.min(amount, item.getReserved()));
        record(s, stockItemId, MovementKind.RELEASED, amount, actor, reason, activationId);
        return item;
    }

    /** Stock received (IN) or issued (OUT): changes the quantity itself. */
    public void move(Session s, long stockItemId, MovementKind kind, int amount, String actor, String reason) {
        if (kind != MovementKind.IN && kind != MovementKind.OUT) {
            throw new IllegalArgumentException("use reserve/release for " + kind);
        }
        if (amount <= 0) {
            throw new IllegalArgumentException("a movement needs a positive quantity, not " + amount);
        }
        StockItem item = load(s, stockItemId);
        if (kind == MovementKind.OUT && item.available() < amount) {
            throw new StockShortage(item, amount);
        }
        s.flush();
        // StockItem has no quantity setter (stock changes only through the ledger); the version bump keeps
        // concurrent reservations honest
        int changed = s.createNativeMutationQuery("UPDATE stock_item SET quantity = quantity + :d, "
                        + "version = version + 1 WHERE id = :id AND version = :v")
                .setParameter("d", kind == MovementKind.IN ? amount : -amount)
                .setParameter("id", stockItemId).setParameter("v", item.getVersion()).executeUpdate();
        if (changed != 1) {
            throw new jakarta.persistence.OptimisticLockException("stock item " + stockItemId
                    + " was changed by someone else");
        }
        s.detach(item);
        record(s, stockItemId, kind, amount, actor, reason, null);
    }

    private StockItem load(Session s, long stockItemId) {
        StockItem item = s.find(StockItem.class, stockItemId);
        if (item == null) {
            throw new IllegalArgumentException("no stock item " + stockItemId);
        }
        return item;
    }

    private void record(Session s, long stockItemId, MovementKind kind, int amount, String actor, String reason,
                        Long activationId) {
        s.persist(new StockMovement(ids.next(), stockItemId, kind, amount, actor, clock.instant(), reason,
                activationId));
    }
}
