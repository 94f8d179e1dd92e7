package org.gridcommand.store.account;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.gridcommand.domain.account.AccountChange;
import org.gridcommand.domain.account.AccountTrailEntry;
import org.gridcommand.store.Database;

/** The account trail (table account_trail): lines are only inserted, never changed. Plain JDBC. */
public final class AccountTrailStore {
    private final Database db;

    public AccountTrailStore(Database db) {
        this.db = db;
    }

    /** Appends one line in its own transaction; durable when this returns. */
    public void append(Instant at, String actor, long accountId, AccountChange change, String detail) {
        db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO account_trail"
                    + " (id, occurred_at, actor, account_id, action, detail) VALUES (?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, db.ids().next(c));
                ps.setObject(2, at.atOffset(ZoneOffset.UTC));
                ps.setString(3, actor);
                ps.setLong(4, accountId);
                ps.setString(5, change.name());
                ps.setString(6, detail);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The newest {@code limit} lines, newest first. */
    public List<AccountTrailEntry> newest(int limit) {
        return db.withConnection(c -> {
            List<AccountTrailEntry> lines = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT t.occurred_at, t.actor, a.login_name, t.action,"
                    + " t.detail FROM account_trail t JOIN account a ON a.id = t.account_id"
                    + " ORDER BY t.occurred_at DESC, t.id DESC")) {
                ps.setMaxRows(limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        lines.add(new AccountTrailEntry(rs.getObject(1, OffsetDateTime.class).toInstant(),
                                rs.getString(2), rs.getString(3), AccountChange.valueOf(rs.getString(4)),
                                rs.getString(5)));
                    }
                }
            }
            return lines;
        });
    }
}
