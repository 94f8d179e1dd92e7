package org.gridcommand.store.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.gridcommand.domain.account.Account;
import org.gridcommand.domain.account.AccountRole;
import org.gridcommand.store.Database;

/** Accounts and their roles (tables account, account_role), with plain JDBC. */
public final class AccountStore {
    private static final String COLUMNS = "id, login_name, display_name, password_hash, unit_id, disabled, "
            + "failed_attempts, locked_until";
    private final Database db;

    public AccountStore(Database db) {
        this.db = db;
    }

    /** Adds an account with its roles in one transaction; its id is allocated here and returned. */
    public long insert(Account a, String passwordHash, Instant at) {
        return db.withConnection(c -> insert(c, db.ids().next(c), a, passwordHash, at));
    }

    /** Adds an account on {@code c}, inside the caller's transaction (the demo city writes its accounts so). */
    public static long insert(Connection c, long id, Account a, String passwordHash, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO account (" + COLUMNS + ", created_at)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setString(2, a.loginName());
            ps.setString(3, a.displayName());
            ps.setString(4, passwordHash);
            ps.setObject(5, a.unitId());
            ps.setBoolean(6, a.disabled());
            ps.setInt(7, a.failedAttempts());
            ps.setObject(8, time(a.lockedUntil()));
            ps.setObject(9, time(at));
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO account_role (account_id, role) VALUES (?, ?)")) {
            for (AccountRole r : a.roles()) {
                ps.setLong(1, id);
                ps.setString(2, r.name());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        return id;
    }

    /** The account with this login name (exact, after trimming), with its hash. */
    public Optional<StoredAccount> find(String loginName) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS
                    + " FROM account WHERE login_name = ?")) {
                ps.setString(1, loginName == null ? "" : loginName.strip());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(read(c, rs)) : Optional.<StoredAccount>empty();
                }
            }
        });
    }

    /** Every account, by login name. */
    public List<Account> all() {
        return db.withConnection(c -> {
            List<Account> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM account ORDER BY login_name");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(read(c, rs).account());
                }
            }
            return list;
        });
    }

    /**
     * Counts one more wrong password and, when {@code lockAt} is reached, locks until {@code lockedUntil}; in one
     * statement, so two consoles trying the same name at once both count. Returns the account as it is now.
     */
    public Account recordFailure(long accountId, int lockAt, Instant lockedUntil) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE account SET failed_attempts = failed_attempts + 1,"
                    + " locked_until = CASE WHEN failed_attempts + 1 >= ? THEN ? ELSE locked_until END WHERE id = ?")) {
                ps.setInt(1, lockAt);
                ps.setObject(2, time(lockedUntil));
                ps.setLong(3, accountId);
                ps.executeUpdate();
            }
            return byId(c, accountId);
        });
    }

    /** A successful sign-in: the count of wrong passwords and any expired lock are cleared. */
    public void recordSuccess(long accountId) {
        db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE account SET failed_attempts = 0, locked_until = NULL WHERE id = ?")) {
                ps.setLong(1, accountId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** A new password hash (reset by an administrator); clears the lock. */
    public void replacePassword(long accountId, String passwordHash) {
        db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE account SET password_hash = ?, failed_attempts = 0,"
                    + " locked_until = NULL WHERE id = ?")) {
                ps.setString(1, passwordHash);
                ps.setLong(2, accountId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Disables or enables the account. */
    public void setDisabled(long accountId, boolean disabled) {
        db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE account SET disabled = ? WHERE id = ?")) {
                ps.setBoolean(1, disabled);
                ps.setLong(2, accountId);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** The account with this id, or empty. */
    public Optional<Account> byId(long accountId) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM account WHERE id = ?")) {
                ps.setLong(1, accountId);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(read(c, rs).account()) : Optional.<Account>empty();
                }
            }
        });
    }

    /** Replaces the account's roles and unit in one transaction. */
    public void replaceRoles(long accountId, Set<AccountRole> roles, Long unitId) {
        db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE account SET unit_id = ? WHERE id = ?")) {
                ps.setObject(1, unitId);
                ps.setLong(2, accountId);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM account_role WHERE account_id = ?")) {
                ps.setLong(1, accountId);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO account_role (account_id, role) VALUES (?, ?)")) {
                for (AccountRole r : roles) {
                    ps.setLong(1, accountId);
                    ps.setString(2, r.name());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    private static Account byId(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM account WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return read(c, rs).account();
            }
        }
    }

    private static StoredAccount read(Connection c, ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        long unit = rs.getLong(5);
        Long unitId = rs.wasNull() ? null : unit;
        OffsetDateTime locked = rs.getObject(8, OffsetDateTime.class);
        Account a = new Account(id, rs.getString(2), rs.getString(3), roles(c, id), unitId, rs.getBoolean(6),
                rs.getInt(7), locked == null ? null : locked.toInstant());
        return new StoredAccount(a, rs.getString(4));
    }

    private static Set<AccountRole> roles(Connection c, long accountId) throws SQLException {
        Set<AccountRole> roles = EnumSet.noneOf(AccountRole.class);
        try (PreparedStatement ps = c.prepareStatement("SELECT role FROM account_role WHERE account_id = ?")) {
            ps.setLong(1, accountId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    roles.add(AccountRole.valueOf(rs.getString(1)));
                }
            }
        }
        return roles;
    }

    private static OffsetDateTime time(Instant t) {
        return t == null ? null : t.atOffset(ZoneOffset.UTC);
    }
}
