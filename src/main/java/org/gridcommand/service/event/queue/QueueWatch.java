package org.gridcommand.service.event.queue;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.Urgency;
import org.gridcommand.store.Database;

/**
 * What the queue polls every second or two: one aggregate over the open events (on the state index, a few
 * thousand rows however long the history), so that another console's change on a shared database shows within
 * the poll interval without re-reading the page when nothing changed.
 * <p>
 * Why not the newest history line: ids come from hi/lo blocks per console, so a newer line can have a smaller
 * id, and timestamps come from each console's own clock.
 */
public final class QueueWatch {
    private static final String OPEN_STATES;

    static {
        StringBuilder in = new StringBuilder();
        for (EventState s : EventState.values()) {
            if (s.isOpen()) {
                in.append(in.length() == 0 ? "'" : ", '").append(s.name()).append('\'');
            }
        }
        OPEN_STATES = "(" + in + ")";
    }

    private final Database db;

    public QueueWatch(Database db) {
        this.db = db;
    }

    /** The fingerprint of the open events now. Cheap: call it from a background poll. */
    public QueueMark mark() {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), COALESCE(SUM(id), 0), "
                    + "COALESCE(SUM(version), 0) FROM event WHERE state IN " + OPEN_STATES);
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                return new QueueMark(rs.getLong(1), rs.getLong(2), rs.getLong(3));
            }
        });
    }

    /** Every open event marked urgent or critical, newest first (the console alarms on the ones it has not seen). */
    public List<UrgentEvent> openUrgent() {
        return db.withConnection(c -> {
            List<UrgentEvent> urgent = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT id, number, title, urgency, reported_at FROM event "
                    + "WHERE state IN " + OPEN_STATES + " AND urgency IN ('URGENT', 'CRITICAL') "
                    + "ORDER BY reported_at DESC, id DESC");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    var at = rs.getObject(5, OffsetDateTime.class);
                    urgent.add(new UrgentEvent(rs.getLong(1), rs.getString(2), rs.getString(3),
                            Urgency.valueOf(rs.getString(4)), at == null ? null : at.toInstant()));
                }
            }
            return urgent;
        });
    }
}
