package org.gridcommand.store.shift;

import static org.gridcommand.store.shift.Jdbc.instant;
import static org.gridcommand.store.shift.Jdbc.time;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gridcommand.domain.shift.HandoverItem;
import org.gridcommand.domain.shift.HandoverItemKind;

/**
 * What a handover pack holds, read from the live data at the moment of handover: each query gives (reference,
 * title, deadline) rows of one {@link HandoverItemKind}. Drills are left out (they run on their own copy anyway,
 * and an activation marked as a drill is not a live response).
 */
final class HandoverPackQuery {
    /** Events whose handling limit is still running (the states before the unit's feedback). */
    private static final String LIMIT_RUNNING = "e.state IN ('REGISTERED', 'DISPATCHED', 'ACCEPTED', 'IN_PROGRESS',"
            + " 'RETURNED', 'REWORK')";

    private HandoverPackQuery() {
    }

    /**
     * The items of a pack prepared at {@code now} for the shift that started at {@code shiftStart}; events about to
     * breach are those due after {@code now} and no later than {@code nextShiftEnd}.
     */
    static List<HandoverItem> gather(Connection c, Instant shiftStart, Instant now, Instant nextShiftEnd)
            throws SQLException {
        List<HandoverItem> items = new ArrayList<>();
        add(c, items, HandoverItemKind.BREACH_SOON, "SELECT e.number, e.title, e.handling_due_at FROM event e"
                + " WHERE " + LIMIT_RUNNING + " AND e.handling_due_at > ? AND e.handling_due_at <= ?"
                + " ORDER BY e.handling_due_at, e.id", now, nextShiftEnd);
        for (HandoverItemKind kind : List.of(HandoverItemKind.SUPERVISED, HandoverItemKind.ESCALATED)) {
            add(c, items, kind, "SELECT e.number, e.title, MAX(n.sent_at) FROM event_notice n"
                    + " JOIN event e ON e.id = n.event_id WHERE n.kind = '"
                    + (kind == HandoverItemKind.SUPERVISED ? "SUPERVISE" : "ESCALATE") + "'"
                    + " AND n.sent_at >= ? AND n.sent_at <= ? GROUP BY e.id, e.number, e.title"
                    + " ORDER BY MAX(n.sent_at), e.id", shiftStart, now);
        }
        add(c, items, HandoverItemKind.OPEN_ACTIVATION, "SELECT a.plan_name || ' ' || a.level, a.area_desc,"
                + " CAST(NULL AS TIMESTAMP WITH TIME ZONE) FROM activation a WHERE a.status = 'ACTIVE'"
                + " AND a.drill = FALSE ORDER BY a.activated_at, a.id");
        add(c, items, HandoverItemKind.OPEN_TASK, "SELECT a.plan_name || ' ' || a.level, l.label,"
                + " CAST(NULL AS TIMESTAMP WITH TIME ZONE) FROM activation_line l"
                + " JOIN activation a ON a.id = l.activation_id WHERE a.status = 'ACTIVE' AND a.drill = FALSE"
                + " AND l.status IN ('SENT', 'EN_ROUTE', 'ON_SITE') ORDER BY a.activated_at, l.sent_at, l.id");
        add(c, items, HandoverItemKind.UNACKNOWLEDGED_ALARM, "SELECT e.number, e.title,"
                + " CAST(NULL AS TIMESTAMP WITH TIME ZONE) FROM event e WHERE e.state = 'REPORTED'"
                + " AND (e.urgency = 'CRITICAL' OR e.channel = 'SENSOR')"
                + " AND NOT EXISTS (SELECT 1 FROM report_acknowledgement k WHERE k.event_id = e.id)"
                + " ORDER BY e.reported_at, e.id");
        add(c, items, HandoverItemKind.OFFLINE_CAMERA, "SELECT code, name, CAST(NULL AS TIMESTAMP WITH TIME ZONE)"
                + " FROM camera WHERE online = FALSE ORDER BY code");
        add(c, items, HandoverItemKind.OFFLINE_SENSOR, "SELECT code, name, CAST(NULL AS TIMESTAMP WITH TIME ZONE)"
                + " FROM sensor WHERE state = 'OFFLINE' ORDER BY code");
        add(c, items, HandoverItemKind.RETURNED_EVENT, "SELECT e.number, e.title, e.handling_due_at FROM event e"
                + " WHERE e.state = 'RETURNED' ORDER BY e.handling_due_at, e.id");
        return items;
    }

    private static void add(Connection c, List<HandoverItem> items, HandoverItemKind kind, String sql,
                            Instant... params) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, time(params[i]));
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Instant due = kind == HandoverItemKind.SUPERVISED || kind == HandoverItemKind.ESCALATED
                            ? null : instant(rs, 3);
                    items.add(new HandoverItem(0, kind, rs.getString(1), rs.getString(2), due, null, null));
                }
            }
        }
    }
}
