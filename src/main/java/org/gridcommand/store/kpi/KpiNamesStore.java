package org.gridcommand.store.kpi;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.kpi.EventLine;
import org.gridcommand.store.Database;

/** Names for the ids a breakdown is keyed by (units, areas, categories), and the events behind a figure. */
public final class KpiNamesStore {
    private static final int CHUNK = 500;
    private final Database db;

    public KpiNamesStore(Database db) {
        this.db = db;
    }

    /** Unit, area and category names by id (ids are unique across tables: one sequence, ADR 0005). */
    public Map<Long, String> names() {
        return db.withConnection(c -> {
            Map<Long, String> names = new HashMap<>();
            for (String table : List.of("unit", "area", "category")) {
                try (PreparedStatement ps = c.prepareStatement("SELECT id, name FROM " + table);
                     ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        names.put(rs.getLong(1), rs.getString(2));
                    }
                }
            }
            return names;
        });
    }

    /** The events with these ids, oldest report first. */
    public List<EventLine> events(Collection<Long> ids) {
        return db.withConnection(c -> {
            List<EventLine> lines = new ArrayList<>();
            List<Long> all = new ArrayList<>(ids);
            for (int from = 0; from < all.size(); from += CHUNK) {
                lines.addAll(chunk(c, all.subList(from, Math.min(all.size(), from + CHUNK))));
            }
            lines.sort(Comparator.comparing(EventLine::reportedAt).thenComparing(EventLine::id));
            return lines;
        });
    }

    private static List<EventLine> chunk(Connection c, List<Long> ids) throws SQLException {
        StringBuilder in = new StringBuilder();
        for (int i = 0; i < ids.size(); i++) {
            in.append(i == 0 ? "?" : ", ?");
        }
        List<EventLine> lines = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT e.id, e.number, e.title, e.state, e.reported_at,"
                + " e.handling_due_at, e.closed_at, u.name, g.name FROM event e"
                + " LEFT JOIN unit u ON u.id = e.lead_unit_id LEFT JOIN area g ON g.id = e.grid_id"
                + " WHERE e.id IN (" + in + ")")) {
            for (int i = 0; i < ids.size(); i++) {
                ps.setLong(i + 1, ids.get(i));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    lines.add(new EventLine(rs.getLong(1), rs.getString(2), rs.getString(3),
                            EventState.valueOf(rs.getString(4)), EventFactsStore.instant(rs, 5),
                            EventFactsStore.instant(rs, 6), EventFactsStore.instant(rs, 7), rs.getString(8),
                            rs.getString(9)));
                }
            }
        }
        return lines;
    }
}
