package org.gridcommand.store.kpi;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

/** The category tree's parents and tiers, to find an event's 小类 and 大类 from its 事项 (a few hundred rows). */
final class Taxonomy {
    private final Map<Long, Long> parent = new HashMap<>();
    private final Map<Long, String> tier = new HashMap<>();

    static Taxonomy read(Connection c) throws SQLException {
        Taxonomy t = new Taxonomy();
        try (PreparedStatement ps = c.prepareStatement("SELECT id, parent_id, tier FROM category");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long id = rs.getLong(1);
                long p = rs.getLong(2);
                t.parent.put(id, rs.wasNull() ? null : p);
                t.tier.put(id, rs.getString(3));
            }
        }
        return t;
    }

    /** The 小类 of a category: itself if it is one, its parent if it is a 事项. */
    Long minorOf(Long id) {
        if (id == null) {
            return null;
        }
        String t = tier.get(id);
        return "MINOR".equals(t) ? id : "ITEM".equals(t) ? parent.get(id) : null;
    }

    /** The 大类 of a category: itself, its parent or its grandparent. */
    Long majorOf(Long id) {
        Long at = id;
        for (int depth = 0; at != null && depth < 4; depth++) {
            if ("MAJOR".equals(tier.get(at))) {
                return at;
            }
            at = parent.get(at);
        }
        return null;
    }
}
