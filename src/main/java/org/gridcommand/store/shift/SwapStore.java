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
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridcommand.domain.shift.RosterEntry;
import org.gridcommand.domain.shift.SwapRequest;
import org.gridcommand.domain.shift.SwapStatus;
import org.gridcommand.store.Database;

/** 换班 requests (table shift_swap) and the roster change an approval makes, plain JDBC. */
public final class SwapStore {
    private static final String COLUMNS = "id, duty_date, shift_code, from_login, to_login, reason, requested_at,"
            + " status, decided_by, decided_at";
    private final Database db;

    public SwapStore(Database db) {
        this.db = db;
    }

    /** Records a request (PENDING) and returns it with its id. */
    public SwapRequest request(SwapRequest r) {
        return db.withConnection(c -> {
            long id = db.ids().next(c);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO shift_swap (" + COLUMNS + ")"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, NULL, NULL)")) {
                ps.setLong(1, id);
                ps.setDate(2, date(r.date()));
                ps.setString(3, r.shiftCode());
                ps.setString(4, r.from());
                ps.setString(5, r.to());
                ps.setString(6, r.reason());
                ps.setObject(7, time(r.requestedAt()));
                ps.setString(8, SwapStatus.PENDING.name());
                ps.executeUpdate();
            }
            return new SwapRequest(id, r.date(), r.shiftCode(), r.from(), r.to(), r.reason(), r.requestedAt(),
                    SwapStatus.PENDING, null, null);
        });
    }

    /** Requests still waiting for the 值班长, oldest first. */
    public List<SwapRequest> pending() {
        return db.withConnection(c -> {
            List<SwapRequest> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM shift_swap WHERE status = ?"
                    + " ORDER BY requested_at, id")) {
                ps.setString(1, SwapStatus.PENDING.name());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        list.add(read(rs));
                    }
                }
            }
            return list;
        });
    }

    /**
     * Approves or refuses a pending request; an approval puts {@code to} on the roster in place of {@code from}, in
     * the same transaction. Empty when the request is not pending (decided meanwhile, or no such request).
     */
    public Optional<SwapRequest> decide(long id, SwapStatus status, String by, Instant at) {
        return db.withConnection(c -> {
            Optional<SwapRequest> found = find(c, id);
            if (found.isEmpty() || found.get().status() != SwapStatus.PENDING) {
                return Optional.<SwapRequest>empty();
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE shift_swap SET status = ?, decided_by = ?,"
                    + " decided_at = ? WHERE id = ? AND status = ?")) {
                ps.setString(1, status.name());
                ps.setString(2, by);
                ps.setObject(3, time(at));
                ps.setLong(4, id);
                ps.setString(5, SwapStatus.PENDING.name());
                if (ps.executeUpdate() == 0) {
                    return Optional.<SwapRequest>empty();
                }
            }
            SwapRequest r = found.get();
            if (status == SwapStatus.APPROVED) {
                swapOnRoster(c, r);
            }
            return Optional.of(new SwapRequest(r.id(), r.date(), r.shiftCode(), r.from(), r.to(), r.reason(),
                    r.requestedAt(), status, by, at));
        });
    }

    private void swapOnRoster(Connection c, SwapRequest r) throws SQLException {
        Optional<RosterEntry> entry = RosterStore.entry(c, r.date(), r.shiftCode());
        if (entry.isEmpty()) {
            return;
        }
        RosterEntry e = entry.get();
        String leader = e.leader().equals(r.from()) ? r.to() : e.leader();
        List<String> officers = e.officers().stream().map(o -> o.equals(r.from()) ? r.to() : o).distinct().toList();
        RosterStore.put(c, new RosterEntry(e.id(), e.date(), e.shiftCode(), leader, officers), e.id());
    }

    public Optional<SwapRequest> find(long id) {
        return db.withConnection(c -> find(c, id));
    }

    private static Optional<SwapRequest> find(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM shift_swap WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(read(rs)) : Optional.empty();
            }
        }
    }

    private static SwapRequest read(ResultSet rs) throws SQLException {
        return new SwapRequest(rs.getLong(1), localDate(rs, 2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6), instant(rs, 7), SwapStatus.valueOf(rs.getString(8)), rs.getString(9),
                instant(rs, 10));
    }
}
