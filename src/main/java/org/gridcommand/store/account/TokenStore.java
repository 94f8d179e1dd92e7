package org.gridcommand.store.account;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.gridcommand.domain.account.ApiToken;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.store.Database;

/** API tokens (table api_token), with plain JDBC; the secret's hash only, never the secret. */
public final class TokenStore {
    private static final String SELECT = "SELECT t.id, t.name, a.login_name, t.channel, t.created_at, t.created_by,"
            + " t.last_used_at, t.revoked_at, t.revoked_by, t.account_id FROM api_token t"
            + " LEFT JOIN account a ON a.id = t.account_id";
    private final Database db;

    public TokenStore(Database db) {
        this.db = db;
    }

    /** A token found by its secret's hash, with the account id it acts as (null for a sender). */
    public record Found(ApiToken token, Long accountId) {
    }

    /** True when a token (even a revoked one) already has this name. */
    public boolean nameTaken(String name) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM api_token WHERE name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** Adds a token; returns its id. Exactly one of {@code accountId} and {@code channel} is given. */
    public long insert(String name, String secretHash, Long accountId, Channel channel, Instant at, String by) {
        return db.withConnection(c -> {
            long id = db.ids().next(c);
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO api_token (id, name, secret_hash, account_id,"
                    + " channel, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                ps.setLong(1, id);
                ps.setString(2, name);
                ps.setString(3, secretHash);
                ps.setObject(4, accountId);
                ps.setString(5, channel == null ? null : channel.name());
                ps.setObject(6, time(at));
                ps.setString(7, by);
                ps.executeUpdate();
            }
            return id;
        });
    }

    /** The token whose secret hashes to {@code secretHash}, revoked or not. */
    public Optional<Found> findByHash(String secretHash) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement(SELECT + " WHERE t.secret_hash = ?")) {
                ps.setString(1, secretHash);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<Found>empty();
                    }
                    long account = rs.getLong(10);
                    Long accountId = rs.wasNull() ? null : account;
                    return Optional.of(new Found(read(rs), accountId));
                }
            }
        });
    }

    /** Every token, newest first. */
    public List<ApiToken> all() {
        return db.withConnection(c -> {
            List<ApiToken> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(SELECT + " ORDER BY t.created_at DESC, t.id DESC");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(read(rs));
                }
            }
            return list;
        });
    }

    /** Revokes the token named {@code name} unless it is revoked already; true when it was revoked now. */
    public boolean revoke(String name, Instant at, String by) {
        return db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE api_token SET revoked_at = ?, revoked_by = ?"
                    + " WHERE name = ? AND revoked_at IS NULL")) {
                ps.setObject(1, time(at));
                ps.setString(2, by);
                ps.setString(3, name);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** Notes that the token was used at {@code at}. */
    public void touch(long id, Instant at) {
        db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE api_token SET last_used_at = ? WHERE id = ?")) {
                ps.setObject(1, time(at));
                ps.setLong(2, id);
                ps.executeUpdate();
            }
            return null;
        });
    }

    private static ApiToken read(ResultSet rs) throws SQLException {
        String channel = rs.getString(4);
        return new ApiToken(rs.getLong(1), rs.getString(2), rs.getString(3),
                channel == null ? null : Channel.valueOf(channel), instant(rs, 5), rs.getString(6), instant(rs, 7),
                instant(rs, 8), rs.getString(9));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime time(Instant t) {
        return t == null ? null : t.atOffset(ZoneOffset.UTC);
    }
}
