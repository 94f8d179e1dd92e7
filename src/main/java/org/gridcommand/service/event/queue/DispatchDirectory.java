package org.gridcommand.service.event.queue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridcommand.domain.taxonomy.Category;
import org.gridcommand.domain.taxonomy.CategoryTier;
import org.gridcommand.domain.unit.Unit;
import org.gridcommand.service.event.UnitRef;
import org.gridcommand.store.Database;

/**
 * The lists the dispatch screens pick from: every unit (to override a proposed dispatch) and every 事项 with its
 * path in the taxonomy (for the duty officer's entry form). Small tables, read whole, once per console start.
 */
public final class DispatchDirectory {
    private final Database db;

    public DispatchDirectory(Database db) {
        this.db = db;
    }

    /** Every unit, departments first, then by code. */
    public List<UnitRef> units() {
        return db.transactStateless(s -> s.createSelectionQuery("from Unit u order by u.kind, u.code", Unit.class)
                .getResultList().stream()
                .map(u -> new UnitRef(u.getId(), u.getCode(), u.getName(), u.getKind())).toList());
    }

    /** Every 事项 (the leaves an event is classified as), by code, with "大类 › 小类 › 事项" as its path. */
    public List<CategoryChoice> categoryItems() {
        return categories().stream().filter(CategoryChoice::item).toList();
    }

    /** Every category of every tier (for the queue's filter: a 大类 includes everything below it), by code. */
    public List<CategoryChoice> categories() {
        List<Category> all = db.transactStateless(s -> s.createSelectionQuery("from Category c order by c.code",
                Category.class).getResultList());
        Map<Long, Category> byId = new HashMap<>();
        all.forEach(c -> byId.put(c.getId(), c));
        List<CategoryChoice> items = new ArrayList<>();
        for (Category c : all) {
            items.add(new CategoryChoice(c.getId(), c.getCode(), c.getName(), path(c, byId),
                    c.getTier() == CategoryTier.ITEM));
        }
        return List.copyOf(items);
    }

    private static String path(Category c, Map<Long, Category> byId) {
        StringBuilder path = new StringBuilder(c.getName());
        int depth = 0;
        for (Category p = byId.get(c.getParentId()); p != null && depth < 10; p = byId.get(p.getParentId()), depth++) {
            path.insert(0, p.getName() + " › ");
        }
        return path.toString();
    }
}
