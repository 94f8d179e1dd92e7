package org.gridcommand.store.kpi;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The period's own history lines that the indicators look at: the events with a registration, dispatch, check,
 * 督办 or 回访 line within the period (besides those reported or due within it, any indicator may count them), how
 * many 督办 lines each has and whether a 回访 was recorded, as the history stood at asOf. Read by time from the
 * narrow copy of those lines in {@code kpi_event_line}, kept with the folded facts.
 */
final class PeriodEvents {
    /** Only these actions are copied into kpi_event_line ({@link EventFactsTable}). */
    private static final String LINES = "SELECT t.event_id, t.action, t.occurred_at FROM kpi_event_line t"
            + " WHERE t.occurred_at >= ? AND t.occurred_at < ?";

    /** The events with such a line, in id order. */
    final Set<Long> ids = new TreeSet<>();
    private final Map<Long, Integer> supervisions = new HashMap<>();
    private final Set<Long> rated = new HashSet<>();

    private PeriodEvents() {
    }

    static PeriodEvents read(Connection c, OffsetDateTime start, OffsetDateTime end, Instant asOf)
            throws SQLException {
        PeriodEvents p = new PeriodEvents();
        try (PreparedStatement ps = c.prepareStatement(LINES)) {
            ps.setFetchSize(5000);
            ps.setObject(1, start);
            ps.setObject(2, end);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    p.ids.add(id);
                    String action = rs.getString(2);
                    boolean supervise = action.equals("SUPERVISE");
                    if ((supervise || action.equals("RATE"))
                            && !EventFactsStore.instant(rs, 3).isAfter(asOf)) {
                        if (supervise) {
                            p.supervisions.merge(id, 1, Integer::sum);
                        } else {
                            p.rated.add(id);
                        }
                    }
                }
            }
        }
        return p;
    }

    /** 督办 lines of the event within the period, by asOf. */
    int supervisions(long event) {
        return supervisions.getOrDefault(event, 0);
    }

    /** True when a 回访 of the event was recorded within the period, by asOf. */
    boolean rated(long event) {
        return rated.contains(event);
    }
}
