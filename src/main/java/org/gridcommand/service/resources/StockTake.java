package org.gridcommand.service.resources;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.gridcommand.domain.emergency.MovementKind;
import org.gridcommand.domain.resource.StockItem;
import org.gridcommand.domain.resource.Warehouse;
import org.gridcommand.service.resources.StockBook.ItemKind;
import org.gridcommand.service.resources.StockTakeReport.Problem;
import org.gridcommand.store.IdAllocator;
import org.hibernate.Session;

/** One stock take inside one transaction: every line checked first, then all differences booked, or none. */
final class StockTake {
    private final Session s;
    private final StockLedger ledger;
    private final Map<String, ItemKind> catalogue;
    private final IdAllocator ids;
    private final Map<String, Warehouse> warehouses = new HashMap<>();

    StockTake(Session s, StockLedger ledger, Map<String, ItemKind> catalogue, IdAllocator ids) {
        this.s = s;
        this.ledger = ledger;
        this.catalogue = catalogue;
        this.ids = ids;
    }

    private record Checked(StockCount count, StockItem item, StockTakeReport.Row row) {
    }

    StockTakeReport run(List<StockCount> counts, String actor, String reason, boolean apply) {
        List<Checked> checked = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (StockCount c : counts) {
            checked.add(check(c, seen));
        }
        boolean sound = !checked.isEmpty() && checked.stream().allMatch(c -> c.row().sound());
        if (!sound || !apply) {
            return new StockTakeReport(checked.stream().map(Checked::row).toList(), false);
        }
        for (Checked c : checked) {
            StockItem item = c.item();
            if (item == null) {
                // an item this warehouse did not hold: its line opens with the count
                Warehouse w = warehouses.get(c.count().warehouseCode());
                ItemKind kind = kindOf(c.count());
                item = new StockItem(ids.next(), w.getId(), c.count().itemCode(), kind.name(), kind.measureUnit(), 0);
                s.persist(item);
                s.flush();
            }
            if (c.row().difference() != 0) {
                ledger.move(s, item.getId(), c.row().kind(), Math.abs(c.row().difference()), actor, reason);
            }
        }
        s.flush();
        return new StockTakeReport(checked.stream().map(Checked::row).toList(), true);
    }

    private Checked check(StockCount c, Set<String> seen) {
        Warehouse w = warehouse(c.warehouseCode());
        if (w == null) {
            return problem(c, null, Problem.of("no-warehouse", nz(c.warehouseCode())));
        }
        if (!seen.add(w.getCode() + "|" + c.itemCode())) {
            return problem(c, null, Problem.of("counted-twice"));
        }
        if (c.counted() < 0) {
            return problem(c, null, Problem.of("negative"));
        }
        StockItem item = s.createSelectionQuery("from StockItem where warehouseId = :w and itemCode = :c",
                StockItem.class).setParameter("w", w.getId()).setParameter("c", c.itemCode()).uniqueResult();
        if (item == null) {
            if (kindOf(c) == null) {
                return problem(c, null, Problem.of("unknown-item", nz(c.itemCode())));
            }
            return new Checked(c, null, row(c, 0));
        }
        if (c.counted() < item.getReserved()) {
            return problem(c, item.getQuantity(), Problem.of("below-reserved", c.counted(), item.getReserved()));
        }
        return new Checked(c, item, row(c, item.getQuantity()));
    }

    private static StockTakeReport.Row row(StockCount c, int book) {
        int diff = c.counted() - book;
        return new StockTakeReport.Row(c.row(), c.warehouseCode(), c.itemCode(), book, c.counted(),
                diff > 0 ? MovementKind.COUNT_UP : diff < 0 ? MovementKind.COUNT_DOWN : null, diff, null);
    }

    private static Checked problem(StockCount c, Integer book, Problem why) {
        return new Checked(c, null, new StockTakeReport.Row(c.row(), c.warehouseCode(), c.itemCode(), book,
                c.counted(), null, 0, why));
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The item as the catalogue knows it, else as the line names it (a new item), else null. */
    private ItemKind kindOf(StockCount c) {
        ItemKind known = catalogue.get(c.itemCode());
        if (known != null) {
            return known;
        }
        return c.itemName() == null || c.itemName().isBlank() ? null
                : new ItemKind(c.itemCode(), c.itemName().strip(), c.measureUnit());
    }

    private Warehouse warehouse(String code) {
        return warehouses.computeIfAbsent(code == null ? "" : code, k -> s.createSelectionQuery(
                "from Warehouse where code = :c", Warehouse.class).setParameter("c", k).uniqueResult());
    }
}
