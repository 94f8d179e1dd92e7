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
import java.util.Optional;
import org.gridcommand.domain.shift.DutySign;
import org.gridcommand.store.Database;

/** 签到 and 签退 (table duty_sign), plain JDBC. */
public final class DutySignStore {
    private static final String COLUMNS = "id, login_name, duty_date, shift_code, signed_in_at, signed_out_at,"
            + " on_roster";
    private final Database db;

    public DutySignStore(Database db) {
        this.db = db;
    }

    /** Records a sign-in; refuses (empty) when the officer is still signed in to a shift. */
    public Optional<DutySign> signIn(String login, LocalDate date, String shiftCode, Instant at, boolean onRoster) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM duty_sign WHERE login_name = ?"
                    + " AND signed_out_at IS NULL")) {
                ps.setString(1, login);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    if (rs.getLong(1) > 0) {
                        return Optional.<DutySign>empty();
                    }
                }
            }
            long id = db.ids().next(c);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO duty_sign (" + COLUMNS + ")"
                    + " VALUES (?, ?, ?, ?, ?, NULL, ?)")) {
                ps.setLong(1, id);
                ps.setString(2, login);
                ps.setDate(3, date(date));
                ps.setString(4, shiftCode);
                ps.setObject(5, time(at));
                ps.setBoolean(6, onRoster);
                ps.executeUpdate();
            }
            return Optional.of(new DutySign(id, login, date, shiftCode, at, null, onRoster));
        });
    }

    /** Records the sign-out of the officer's open sign-in; empty when there was none. */
    public Optional<DutySign> signOut(String login, Instant at) {
        return db.withConnection(c -> {
            Optional<DutySign> open = open(c, login);
            if (open.isEmpty()) {
                return open;
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE duty_sign SET signed_out_at = ? WHERE id = ?"
                    + " AND signed_out_at IS NULL")) {
                ps.setObject(1, time(at));
                ps.setLong(2, open.get().id());
                ps.executeUpdate();
            }
            DutySign s = open.get();
            return Optional.of(new DutySign(s.id(), s.login(), s.date(), s.shiftCode(), s.signedInAt(), at,
                    s.onRoster()));
        });
    }

    /** The officer's sign-in not yet signed out, if any. */
    public Optional<DutySign> open(String login) {
        return db.withConnection(c -> open(c, login));
    }

    private static Optional<DutySign> open(Connection c, String login) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM duty_sign WHERE login_name = ?"
                + " AND signed_out_at IS NULL ORDER BY signed_in_at DESC")) {
            ps.setString(1, login);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    /** Every sign-in of the dates from {@code from} to {@code to}, in the order they were made. */
    public List<DutySign> signs(LocalDate from, LocalDate to) {
        return db.withConnection(c -> {
            List<DutySign> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM duty_sign"
                    + " WHERE duty_date BETWEEN ? AND ? ORDER BY signed_in_at, id")) {
                ps.setDate(1, date(from));
                ps.setDate(2, date(to));
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(read(rs));
                    }
                }
            }
            return list;
        });
    }

    private static DutySign read(ResultSet rs) throws SQLException {
        return new DutySign(rs.getLong(1), rs.getString(2), localDate(rs, 3), rs.getString(4), instant(rs, 5),
                instant(rs, 6), rs.getBoolean(7));
    }
}
