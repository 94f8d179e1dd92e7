package org.gridcommand.store.shift;

import static org.gridcommand.store.shift.Jdbc.date;
import static org.gridcommand.store.shift.Jdbc.localDate;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.gridcommand.domain.shift.DutyShift;
import org.gridcommand.domain.shift.RosterEntry;
import org.gridcommand.domain.shift.ShiftPlan;
import org.gridcommand.store.Database;

/** The shifts of the day and the duty roster (tables duty_shift, roster_entry, roster_officer), plain JDBC. */
public final class RosterStore {
    private final Database db;

    public RosterStore(Database db) {
        this.db = db;
    }

    /** The shifts in the order of the day. */
    public ShiftPlan plan() {
        return db.withConnection(RosterStore::planOn);
    }

    /** The shifts read on {@code c}, in the caller's transaction. */
    public static ShiftPlan planOn(Connection c) throws SQLException {
        List<DutyShift> list = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT code, name, start_minute, end_minute FROM duty_shift"
                + " ORDER BY sort_order, code");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                list.add(new DutyShift(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getInt(4)));
            }
        }
        return new ShiftPlan(list);
    }

    /** The roster from {@code from} to {@code to} (both included), by date and shift. */
    public List<RosterEntry> roster(LocalDate from, LocalDate to) {
        return db.withConnection(c -> roster(c, from, to));
    }

    /** The roster entry of one shift of one date. */
    public Optional<RosterEntry> entry(LocalDate date, String shiftCode) {
        return db.withConnection(c -> entry(c, date, shiftCode));
    }

    static Optional<RosterEntry> entry(Connection c, LocalDate date, String shiftCode) throws SQLException {
        return roster(c, date, date).stream().filter(e -> e.shiftCode().equals(shiftCode)).findFirst();
    }

    static List<RosterEntry> roster(Connection c, LocalDate from, LocalDate to) throws SQLException {
        Map<Long, RosterEntry> entries = new LinkedHashMap<>();
        Map<Long, List<String>> officers = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT r.id, r.duty_date, r.shift_code, r.leader_login"
                + " FROM roster_entry r JOIN duty_shift s ON s.code = r.shift_code"
                + " WHERE r.duty_date BETWEEN ? AND ? ORDER BY r.duty_date, s.sort_order")) {
            ps.setDate(1, date(from));
            ps.setDate(2, date(to));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    entries.put(rs.getLong(1), new RosterEntry(rs.getLong(1), localDate(rs, 2), rs.getString(3),
                            rs.getString(4), List.of()));
                    officers.put(rs.getLong(1), new ArrayList<>());
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT o.roster_id, o.login_name FROM roster_officer o"
                + " JOIN roster_entry r ON r.id = o.roster_id WHERE r.duty_date BETWEEN ? AND ?"
                + " ORDER BY o.roster_id, o.login_name")) {
            ps.setDate(1, date(from));
            ps.setDate(2, date(to));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    officers.get(rs.getLong(1)).add(rs.getString(2));
                }
            }
        }
        return entries.values().stream().map(e -> new RosterEntry(e.id(), e.date(), e.shiftCode(), e.leader(),
                officers.get(e.id()))).toList();
    }

    /** Puts {@code entry} on the roster, replacing what that shift of that date had; returns its id. */
    public long put(RosterEntry entry) {
        return db.withConnection(c -> put(c, entry, db.ids().next(c)));
    }

    /** Like {@link #put(RosterEntry)} on {@code c}, in the caller's transaction (the demo city, an approved swap). */
    public static long put(Connection c, RosterEntry entry, long newId) throws SQLException {
        Optional<RosterEntry> old = entry(c, entry.date(), entry.shiftCode());
        long id;
        if (old.isPresent()) {
            id = old.get().id();
            try (PreparedStatement ps = c.prepareStatement("UPDATE roster_entry SET leader_login = ? WHERE id = ?")) {
                ps.setString(1, entry.leader());
                ps.setLong(2, id);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM roster_officer WHERE roster_id = ?")) {
                ps.setLong(1, id);
                ps.executeUpdate();
            }
        } else {
            id = newId;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO roster_entry (id, duty_date, shift_code,"
                    + " leader_login) VALUES (?, ?, ?, ?)")) {
                ps.setLong(1, id);
                ps.setDate(2, date(entry.date()));
                ps.setString(3, entry.shiftCode());
                ps.setString(4, entry.leader());
                ps.executeUpdate();
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO roster_officer (roster_id, login_name)"
                + " VALUES (?, ?)")) {
            for (String o : entry.officers()) {
                ps.setLong(1, id);
                ps.setString(2, o);
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return id;
    }
}
