package org.gridcommand.service.map;

import java.util.List;
import org.gridcommand.domain.map.BaseMapFeature;
import org.gridcommand.store.Database;

/** Reads the offline base map (rivers, roads, blocks, parks, place names) from which the map tiles are rendered. */
public final class BaseMapService {
    private final Database db;

    public BaseMapService(Database db) {
        this.db = db;
    }

    /**
     * Every base map feature, in id order (the painting order within a kind). Blocking database work: call it off
     * the FX thread, once at start-up; the tile renderer keeps what it needs.
     */
    public List<BaseMapFeature> features() {
        return db.transactStateless(s -> s
                .createSelectionQuery("from BaseMapFeature f order by f.id", BaseMapFeature.class)
                .getResultList());
    }
}
