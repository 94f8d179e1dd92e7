package org.gridcommand.store.triage;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.domain.event.Placement;
import org.gridcommand.domain.event.Urgency;
import org.gridcommand.domain.triage.Acknowledgement;
import org.gridcommand.domain.triage.AlarmingReport;
import org.gridcommand.domain.triage.CategorySuggestion;
import org.gridcommand.domain.triage.ReportPlace;
import org.gridcommand.domain.triage.TriageSignal;
import org.gridcommand.domain.triage.WaitingReport;
import org.gridcommand.store.Database;

/**
 * Reads the reports waiting for registration (state REPORTED, on the state index): the desk's list, most urgent
 * and then oldest first, and the cheap signal every console polls for the status bar and the alarm.
 */
public final class WaitingReportStore {
    private static final String URGENCY_RANK = "CASE e.urgency WHEN 'CRITICAL' THEN 0 WHEN 'URGENT' THEN 1 ELSE 2 END";
    private static final String LIST_SQL = "SELECT e.id, e.version, e.number, e.title, e.description, e.channel,"
            + " e.urgency, e.reported_at, e.reporter, e.address, ST_X(e.location), ST_Y(e.location), e.placement,"
            + " e.grid_id, s.name, c.name, g.name, t.external_category, cat.code, r.category_code,"
            + " (SELECT COUNT(*) FROM event_attachment a WHERE a.event_id = e.id), k.acknowledged_by,"
            + " k.acknowledged_at, e.wording"
            + " FROM event e"
            + " LEFT JOIN area s ON s.id = e.street_id"
            + " LEFT JOIN area c ON c.id = e.community_id"
            + " LEFT JOIN area g ON g.id = e.grid_id"
            + " LEFT JOIN category cat ON cat.id = e.category_id"
            + " LEFT JOIN ticket_source_category t ON t.channel = e.channel AND t.external_id = e.external_id"
            + " LEFT JOIN remembered_category r ON r.channel = e.channel"
            + " AND r.external_category = t.external_category"
            + " LEFT JOIN report_acknowledgement k ON k.event_id = e.id"
            + " WHERE e.state = 'REPORTED'"
            + " ORDER BY " + URGENCY_RANK + ", e.reported_at, e.id";

    private final Database db;

    public WaitingReportStore(Database db) {
        this.db = db;
    }

    /** The first {@code limit} waiting reports: 特急 first, then 紧急, then the rest; oldest first within each. */
    public List<WaitingReport> waiting(int limit) {
        return db.withConnection(c -> {
            List<WaitingReport> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(LIST_SQL)) {
                ps.setMaxRows(limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(report(rs));
                    }
                }
            }
            return list;
        });
    }

    /** How many wait, their fingerprint, and the 特急 ones nobody acknowledged (oldest first). */
    public TriageSignal signal() {
        return db.withConnection(c -> {
            long count;
            long fingerprint;
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*), COALESCE(SUM(e.id), 0),"
                    + " COALESCE(SUM(e.version), 0), COUNT(k.event_id) FROM event e"
                    + " LEFT JOIN report_acknowledgement k ON k.event_id = e.id WHERE e.state = 'REPORTED'");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                count = rs.getLong(1);
                fingerprint = ((count * 31 + rs.getLong(2)) * 31 + rs.getLong(3)) * 31 + rs.getLong(4);
            }
            List<AlarmingReport> alarming = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT e.id, e.number, e.title, e.reported_at, e.wording "
                    + "FROM event e"
                    + " WHERE e.state = 'REPORTED' AND e.urgency = 'CRITICAL' AND NOT EXISTS"
                    + " (SELECT 1 FROM report_acknowledgement k WHERE k.event_id = e.id)"
                    + " ORDER BY e.reported_at, e.id");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    alarming.add(new AlarmingReport(rs.getLong(1), rs.getString(2), rs.getString(3), instant(rs, 4),
                            rs.getString(5)));
                }
            }
            return new TriageSignal(count, fingerprint, alarming);
        });
    }

    private static WaitingReport report(ResultSet rs) throws SQLException {
        double lon = rs.getDouble(11);
        boolean hasPoint = !rs.wasNull();
        double lat = rs.getDouble(12);
        String placement = rs.getString(13);
        long gridId = rs.getLong(14);
        Long grid = rs.wasNull() ? null : gridId;
        ReportPlace place = new ReportPlace(rs.getString(10), hasPoint ? lon : null, hasPoint ? lat : null,
                placement == null ? null : Placement.valueOf(placement), grid, rs.getString(15), rs.getString(16),
                rs.getString(17));
        String own = rs.getString(19);
        String remembered = rs.getString(20);
        CategorySuggestion suggestion = own != null ? new CategorySuggestion(own, false)
                : remembered != null ? new CategorySuggestion(remembered, true) : null;
        String ackBy = rs.getString(22);
        return new WaitingReport(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5),
                Channel.valueOf(rs.getString(6)), Urgency.valueOf(rs.getString(7)), instant(rs, 8), rs.getString(9),
                place, rs.getString(18), suggestion, rs.getInt(21),
                ackBy == null ? null : new Acknowledgement(ackBy, instant(rs, 23)), rs.getString(24));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }
}
