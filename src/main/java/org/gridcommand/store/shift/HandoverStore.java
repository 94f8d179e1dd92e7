package org.gridcommand.store.shift;

import static org.gridcommand.store.shift.Jdbc.date;
import static org.gridcommand.store.shift.Jdbc.instant;
import static org.gridcommand.store.shift.Jdbc.localDate;
import static org.gridcommand.store.shift.Jdbc.time;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.gridcommand.domain.shift.DutySlot;
import org.gridcommand.domain.shift.Handover;
import org.gridcommand.domain.shift.HandoverItem;
import org.gridcommand.domain.shift.HandoverItemKind;
import org.gridcommand.store.Database;

/**
 * Handovers (tables handover, handover_item, handover_ack, handover_takeover), plain JDBC. Rows are only ever
 * inserted (the database refuses anything else, V14_2): an acknowledgement and a taking over are rows of their own.
 */
public final class HandoverStore {
    private static final String HANDOVER = "SELECT h.id, h.duty_date, h.shift_code, h.outgoing_login, h.notes,"
            + " h.prepared_at, t.taken_by, t.taken_at, t.override_reason FROM handover h"
            + " LEFT JOIN handover_takeover t ON t.handover_id = h.id";
    private final Database db;

    public HandoverStore(Database db) {
        this.db = db;
    }

    /**
     * Generates the pack of {@code slot} from the data as it is at {@code now} and stores it with the outgoing
     * officer's notes (a NOTES item when there are any), in one transaction.
     */
    public Handover prepare(DutySlot slot, Instant shiftStart, Instant nextShiftEnd, String outgoing, String notes,
                            Instant now) {
        return db.withConnection(c -> {
            List<HandoverItem> items = new ArrayList<>(HandoverPackQuery.gather(c, shiftStart, now, nextShiftEnd));
            if (notes != null && !notes.isBlank()) {
                items.add(new HandoverItem(0, HandoverItemKind.NOTES, null, notes.strip(), null, null, null));
            }
            long id = db.ids().next(c);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO handover (id, duty_date, shift_code,"
                    + " outgoing_login, notes, prepared_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, id);
                ps.setDate(2, date(slot.date()));
                ps.setString(3, slot.shift().code());
                ps.setString(4, outgoing);
                ps.setString(5, notes == null || notes.isBlank() ? null : notes.strip());
                ps.setObject(6, time(now));
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO handover_item (id, handover_id, item_order,"
                    + " kind, ref_code, title, due_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                int order = 0;
                for (HandoverItem i : items) {
                    ps.setLong(1, db.ids().next(c));
                    ps.setLong(2, id);
                    ps.setInt(3, order++);
                    ps.setString(4, i.kind().name());
                    ps.setString(5, i.refCode());
                    ps.setString(6, i.title());
                    ps.setObject(7, time(i.dueAt()));
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return find(c, id).orElseThrow();
        });
    }

    public Optional<Handover> find(long id) {
        return db.withConnection(c -> find(c, id));
    }

    /** The newest pack prepared for one shift of one date. */
    public Optional<Handover> latest(LocalDate date, String shiftCode) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM handover WHERE duty_date = ?"
                    + " AND shift_code = ? ORDER BY prepared_at DESC, id DESC")) {
                ps.setDate(1, date(date));
                ps.setString(2, shiftCode);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? find(c, rs.getLong(1)) : Optional.<Handover>empty();
                }
            }
        });
    }

    /** The handover prepared last, whatever its shift (a newer pack supersedes older ones). */
    public Optional<Handover> newest() {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT id FROM handover ORDER BY prepared_at DESC,"
                    + " id DESC")) {
                ps.setMaxRows(1);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? find(c, rs.getLong(1)) : Optional.<Handover>empty();
                }
            }
        });
    }

    /**
     * Records {@code by}'s acknowledgement of the listed items of the handover (those not acknowledged yet; an
     * item acknowledged meanwhile keeps its first acknowledgement). Returns the handover as it is now.
     */
    public Handover acknowledge(long handoverId, List<Long> itemIds, String by, Instant at) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO handover_ack (item_id, acknowledged_by,"
                    + " acknowledged_at) SELECT i.id, ?, ? FROM handover_item i WHERE i.id = ? AND i.handover_id = ?"
                    + " AND NOT EXISTS (SELECT 1 FROM handover_ack a WHERE a.item_id = i.id)")) {
                for (long item : itemIds) {
                    ps.setString(1, by);
                    ps.setObject(2, time(at));
                    ps.setLong(3, item);
                    ps.setLong(4, handoverId);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return find(c, handoverId).orElseThrow();
        });
    }

    /**
     * Records the taking over; {@code overrideReason} is null unless a 值班长 overrode. Empty when the handover was
     * taken over meanwhile (the first one stands).
     */
    public Optional<Handover> takeOver(long handoverId, String by, Instant at, String overrideReason) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO handover_takeover (handover_id, taken_by,"
                    + " taken_at, override_reason) SELECT h.id, ?, ?, ? FROM handover h WHERE h.id = ?"
                    + " AND NOT EXISTS (SELECT 1 FROM handover_takeover t WHERE t.handover_id = h.id)")) {
                ps.setString(1, by);
                ps.setObject(2, time(at));
                ps.setString(3, overrideReason);
                ps.setLong(4, handoverId);
                if (ps.executeUpdate() == 0) {
                    return Optional.<Handover>empty();
                }
            }
            return find(c, handoverId);
        });
    }

    /**
     * The handover log, newest first: dates from {@code from} to {@code to}; optionally one shift, one officer (who
     * handed over, took over or acknowledged) and a text found in the notes or an item (case-insensitive).
     */
    public List<Handover> search(LocalDate from, LocalDate to, String shiftCode, String officer, String text,
                                 int limit) {
        return db.withConnection(c -> {
            StringBuilder sql = new StringBuilder(HANDOVER + " WHERE h.duty_date BETWEEN ? AND ?");
            List<Object> args = new ArrayList<>(List.of(date(from), date(to)));
            if (shiftCode != null && !shiftCode.isBlank()) {
                sql.append(" AND h.shift_code = ?");
                args.add(shiftCode);
            }
            if (officer != null && !officer.isBlank()) {
                sql.append(" AND (h.outgoing_login = ? OR t.taken_by = ? OR EXISTS (SELECT 1 FROM handover_item i"
                        + " JOIN handover_ack a ON a.item_id = i.id WHERE i.handover_id = h.id"
                        + " AND a.acknowledged_by = ?))");
                args.addAll(List.of(officer.strip(), officer.strip(), officer.strip()));
            }
            if (text != null && !text.isBlank()) {
                String like = "%" + text.strip().toLowerCase(Locale.ROOT).replace("%", "").replace("_", "") + "%";
                sql.append(" AND (LOWER(COALESCE(h.notes, '')) LIKE ? OR EXISTS (SELECT 1 FROM handover_item i"
                        + " WHERE i.handover_id = h.id AND (LOWER(COALESCE(i.title, '')) LIKE ?"
                        + " OR LOWER(COALESCE(i.ref_code, '')) LIKE ?)))");
                args.addAll(List.of(like, like, like));
            }
            sql.append(" ORDER BY h.prepared_at DESC, h.id DESC");
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(sql.toString())) {
                for (int i = 0; i < args.size(); i++) {
                    ps.setObject(i + 1, args.get(i));
                }
                ps.setMaxRows(limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getLong(1));
                    }
                }
            }
            List<Handover> list = new ArrayList<>();
            for (long id : ids) {
                find(c, id).ifPresent(list::add);
            }
            return list;
        });
    }

    private static Optional<Handover> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(HANDOVER + " WHERE h.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new Handover(id, localDate(rs, 2), rs.getString(3), rs.getString(4),
                        rs.getString(5), instant(rs, 6), items(c, id), rs.getString(7), instant(rs, 8),
                        rs.getString(9)));
            }
        }
    }

    private static List<HandoverItem> items(Connection c, long handoverId) throws SQLException {
        List<HandoverItem> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT i.id, i.kind, i.ref_code, i.title, i.due_at,"
                + " a.acknowledged_by, a.acknowledged_at FROM handover_item i"
                + " LEFT JOIN handover_ack a ON a.item_id = i.id WHERE i.handover_id = ? ORDER BY i.item_order")) {
            ps.setLong(1, handoverId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new HandoverItem(rs.getLong(1), HandoverItemKind.valueOf(rs.getString(2)),
                            rs.getString(3), rs.getString(4), instant(rs, 5), rs.getString(6), instant(rs, 7)));
                }
            }
        }
        return list;
    }
}
