package org.gridcommand.store.triage;

import java.util.List;
import org.gridcommand.domain.taxonomy.Category;
import org.gridcommand.store.Database;

/** The whole event taxonomy (大类, 小类, 事项): a small table, read whole. */
public final class TaxonomyStore {
    private final Database db;

    public TaxonomyStore(Database db) {
        this.db = db;
    }

    /** Every category of every tier, by code (detached: read-only for the caller). */
    public List<Category> all() {
        return db.transactStateless(s -> s.createSelectionQuery("from Category c order by c.code", Category.class)
                .getResultList());
    }

    /** The category with {@code code}, or null. */
    public Category byCode(String code) {
        return db.transactStateless(s -> s.createSelectionQuery("from Category c where c.code = :c", Category.class)
                .setParameter("c", code.strip()).getResultStream().findFirst().orElse(null));
    }
}
