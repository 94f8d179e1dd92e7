package org.gridcommand.service.resources;

import java.time.Clock;
import org.gridcommand.domain.emergency.MovementKind;
import org.gridcommand.domain.emergency.StockMovement;
import org.gridcommand.domain.resource.StockItem;
import org.gridcommand.store.IdAllocator;
import org.hibernate.Session;

/**
 * Changes stock inside the caller's transaction and writes the matching movement, so that the ledger and the
 * stock never disagree. Every change goes through {@link StockItem} under the row's optimistic lock (two consoles
 * changing the same stock: one wins, the other fails); the database CHECK (0 ≤ reserved ≤ quantity) is the last
 * line of defence.
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

    /** Books {@code amount} of what an activation reserved as used up: it leaves the reservation and the stock. */
    public StockItem consume(Session s, long stockItemId, int amount, String actor, String reason, Long activationId) {
        StockItem item = load(s, stockItemId);
        item.consume(Math.min(amount, item.getReserved()));
        record(s, stockItemId, MovementKind.CONSUMED, amount, actor, reason, activationId);
        return item;
    }

    /**
     * Stock received (IN, COUNT_UP) or issued (OUT, COUNT_DOWN): changes the quantity itself.
     *
     * @throws StockShortage when more would leave than is free (not reserved)
     */
    public StockItem move(Session s, long stockItemId, MovementKind kind, int amount, String actor, String reason) {
        if (amount <= 0) {
            throw new IllegalArgumentException("a movement needs a positive quantity, not " + amount);
        }
        StockItem item = load(s, stockItemId);
        switch (kind) {
            case IN, COUNT_UP -> item.receive(amount);
            case OUT, COUNT_DOWN -> {
                if (item.available() < amount) {
                    throw new StockShortage(item, amount);
                }
                item.issue(amount);
            }
            default -> throw new IllegalArgumentException("use reserve, release or consume for " + kind);
        }
        record(s, stockItemId, kind, amount, actor, reason, null);
        return item;
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
