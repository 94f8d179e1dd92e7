package org.gridcommand.service.resources;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.gridcommand.domain.account.UseCase;
import org.gridcommand.domain.emergency.MovementKind;
import org.gridcommand.domain.emergency.StockMovement;
import org.gridcommand.domain.resource.StockItem;
import org.gridcommand.domain.resource.Warehouse;
import org.gridcommand.service.account.Permissions;
import org.gridcommand.store.Database;
import org.hibernate.Session;

/**
 * The warehouse keeper's stock book (库存台账): warehouses and what they hold, stock received (入库) and issued
 * (出库) with who and why, the ledger of one warehouse with the balance after each movement, and the stock take
 * (盘点) that books the difference between what was counted and what the book says — all of it or nothing.
 * Every change is written with its movement in one transaction and the resource snapshot is refreshed after it.
 */
public final class StockBook {
    private final Database database;
    private final StockLedger ledger;
    private final Runnable changed;
    private final Permissions permissions;

    StockBook(Database database, StockLedger ledger, Runnable changed, Permissions permissions) {
        this.permissions = permissions;
        this.database = database;
        this.ledger = ledger;
        this.changed = changed;
    }

    /** A warehouse as the keeper picks it. */
    public record WarehouseRef(long id, String code, String name, String keeper, String phone) {
    }

    /** One item in one warehouse: on the book, reserved for responses, free to issue. */
    public record StockLine(long stockItemId, String itemCode, String itemName, String measureUnit, int quantity,
                            int reserved) {
        public int available() {
            return quantity - reserved;
        }
    }

    /** An item any warehouse stocks: its code, its name and unit as the stock rows have them. */
    public record ItemKind(String code, String name, String measureUnit) {
    }

    /**
     * One movement of a warehouse's ledger.
     *
     * @param balanceAfter the quantity on the book right after this movement
     * @param activationId the response it was for (reserved, released, used), else null
     */
    public record LedgerLine(long movementId, Instant at, String itemCode, String itemName, String measureUnit,
                             MovementKind kind, int quantity, int balanceAfter, String actor, String reason,
                             Long activationId) {
    }

    /** Every warehouse, by code. */
    public List<WarehouseRef> warehouses() {
        return database.transact(s -> s.createSelectionQuery("from Warehouse order by code", Warehouse.class)
                .getResultList().stream().map(StockBook::ref).toList());
    }

    /** The warehouse with this code, or IllegalArgumentException naming the known codes' form. */
    public WarehouseRef warehouse(String code) {
        return database.transact(s -> ref(warehouseByCode(s, code)));
    }

    /** What the warehouse holds, by item code. */
    public List<StockLine> stock(long warehouseId) {
        return database.transact(s -> items(s, warehouseId).stream().map(StockBook::line).toList());
    }

    /** The item catalogue: every item code some warehouse stocks, with the name and unit it is stocked under. */
    public List<ItemKind> items() {
        return database.transact(s -> catalogue(s)).values().stream()
                .sorted(Comparator.comparing(ItemKind::code)).toList();
    }

    /**
     * 入库: {@code amount} of {@code itemCode} received into the warehouse (a new line if it held none yet).
     *
     * @throws IllegalArgumentException for a non-positive amount, no reason, or an item no warehouse stocks
     */
    public StockLine receive(long warehouseId, String itemCode, int amount, String actor, String reason) {
        return book(warehouseId, itemCode, MovementKind.IN, amount, actor, reason);
    }

    /**
     * 出库: {@code amount} of {@code itemCode} issued from the warehouse; only what is free (not reserved for a
     * response) can leave.
     *
     * @throws StockShortage when less is free than asked
     * @throws IllegalArgumentException for a non-positive amount, no reason, or an item the warehouse does not hold
     */
    public StockLine issue(long warehouseId, String itemCode, int amount, String actor, String reason) {
        return book(warehouseId, itemCode, MovementKind.OUT, amount, actor, reason);
    }

    private StockLine book(long warehouseId, String itemCode, MovementKind kind, int amount, String systemActor,
                           String reason) {
        String actor = permissions.require(UseCase.STOCK, systemActor);
        if (amount <= 0) {
            throw new IllegalArgumentException("a quantity must be a positive whole number, not " + amount);
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("say why (who takes it, for what; or where it came from)");
        }
        StockLine line = database.transact(s -> {
            StockItem item = itemIn(s, warehouseId, itemCode, kind == MovementKind.IN);
            return line(ledger.move(s, item.getId(), kind, amount, actor, reason.strip()));
        });
        changed.run();
        return line;
    }

    /** The warehouse's movements, newest first (at most {@code limit}), each with the balance after it. */
    public List<LedgerLine> ledger(long warehouseId, int limit) {
        return database.transact(s -> {
            Map<Long, StockItem> items = new LinkedHashMap<>();
            items(s, warehouseId).forEach(i -> items.put(i.getId(), i));
            if (items.isEmpty()) {
                return List.of();
            }
            List<StockMovement> moves = s.createSelectionQuery("from StockMovement m where m.stockItemId in :ids "
                    + "order by m.occurredAt desc, m.id desc", StockMovement.class)
                    .setParameter("ids", items.keySet()).setMaxResults(limit).getResultList();
            // walk back from what the book says now: before a movement = after it − its effect
            Map<Long, Integer> balance = new LinkedHashMap<>();
            items.values().forEach(i -> balance.put(i.getId(), i.getQuantity()));
            List<LedgerLine> out = new ArrayList<>();
            for (StockMovement m : moves) {
                StockItem i = items.get(m.getStockItemId());
                int after = balance.get(i.getId());
                out.add(new LedgerLine(m.getId(), m.getOccurredAt(), i.getItemCode(), i.getItemName(),
                        i.getMeasureUnit(), m.getKind(), m.getQuantity(), after, m.getActor(), m.getReason(),
                        m.getActivationId()));
                balance.put(i.getId(), after - m.getKind().signedQuantity(m.getQuantity()));
            }
            return out;
        });
    }

    /**
     * 盘点: checks every counted line against the book and, when every line is sound and {@code apply} is true,
     * books each difference (COUNT_UP or COUNT_DOWN) in one transaction. A single bad line and nothing is booked.
     */
    public StockTakeReport take(List<StockCount> counts, String systemActor, String reason, boolean apply) {
        // checking a count sheet changes nothing: only booking it is warehouse work
        String actor = apply ? permissions.require(UseCase.STOCK, systemActor) : systemActor;
        StockTakeReport report = database.transact(s -> new StockTake(s, ledger, catalogue(s), database.ids())
                .run(counts, actor, reason, apply));
        if (report.applied()) {
            changed.run();
        }
        return report;
    }

    static Warehouse warehouseByCode(Session s, String code) {
        Warehouse w = s.createSelectionQuery("from Warehouse where code = :c", Warehouse.class)
                .setParameter("c", code == null ? "" : code.strip()).uniqueResult();
        if (w == null) {
            throw new IllegalArgumentException("no warehouse with code '" + code + "'");
        }
        return w;
    }

    static List<StockItem> items(Session s, long warehouseId) {
        return s.createSelectionQuery("from StockItem where warehouseId = :w order by itemCode", StockItem.class)
                .setParameter("w", warehouseId).getResultList();
    }

    /** The warehouse's line of {@code itemCode}; a receipt of an item new to it opens a line. */
    private StockItem itemIn(Session s, long warehouseId, String itemCode, boolean open) {
        if (s.find(Warehouse.class, warehouseId) == null) {
            throw new IllegalArgumentException("no warehouse " + warehouseId);
        }
        StockItem item = s.createSelectionQuery("from StockItem where warehouseId = :w and itemCode = :c",
                StockItem.class).setParameter("w", warehouseId).setParameter("c", itemCode).uniqueResult();
        if (item != null) {
            return item;
        }
        ItemKind kind = catalogue(s).get(itemCode);
        if (!open || kind == null) {
            throw new IllegalArgumentException(open ? "no warehouse stocks an item with code '" + itemCode + "'"
                    : "the warehouse holds no " + itemCode);
        }
        item = new StockItem(database.ids().next(), warehouseId, kind.code(), kind.name(), kind.measureUnit(), 0);
        s.persist(item);
        s.flush();
        return item;
    }

    static Map<String, ItemKind> catalogue(Session s) {
        Map<String, ItemKind> out = new LinkedHashMap<>();
        for (Object[] r : s.createSelectionQuery("select i.itemCode, min(i.itemName), min(i.measureUnit) "
                + "from StockItem i group by i.itemCode", Object[].class).getResultList()) {
            out.put((String) r[0], new ItemKind((String) r[0], (String) r[1], (String) r[2]));
        }
        return out;
    }

    private static WarehouseRef ref(Warehouse w) {
        return new WarehouseRef(w.getId(), w.getCode(), w.getName(), w.getKeeper(), w.getPhone());
    }

    private static StockLine line(StockItem i) {
        return new StockLine(i.getId(), i.getItemCode(), i.getItemName(), i.getMeasureUnit(), i.getQuantity(),
                i.getReserved());
    }
}
