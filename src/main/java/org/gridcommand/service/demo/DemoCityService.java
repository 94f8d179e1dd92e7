package org.gridcommand.service.demo;

import java.time.Clock;
import org.gridcommand.store.Database;

/** PLACEHOLDER until the generator branch lands (same API). */
public final class DemoCityService {
    public static final long DEFAULT_SEED = 20261124L;
    private final Database db;

    public DemoCityService(Database db, Clock clock) {
        this.db = db;
    }

    public boolean hasCity() {
        return db.withConnection(c -> {
            try (var st = c.createStatement(); var rs = st.executeQuery("SELECT COUNT(*) FROM area")) {
                rs.next();
                return rs.getLong(1) > 0;
            }
        });
    }

    public DemoSummary create(long seed, DemoProgress progress) {
        throw new UnsupportedOperationException("placeholder");
    }
}
