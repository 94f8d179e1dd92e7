package org.gridcommand.store.triage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.store.Database;
import org.gridcommand.store.StoreException;

/**
 * The 事项 officers chose for a channel's own categories ("remember this mapping" at the triage desk), which the
 * next ticket import of that channel uses where its mapping file is silent. The latest choice wins.
 */
public final class CategoryMemoryStore {
    /** The longest sender's category kept; longer texts are cut (the import cuts them the same way). */
    public static final int MAX_CATEGORY = 200;
    private static final String DUPLICATE_KEY = "23505";

    private final Database db;

    public CategoryMemoryStore(Database db) {
        this.db = db;
    }

    /** Remembers {@code externalCategory} of {@code channel} as 事项 {@code categoryCode}. */
    public void remember(Channel channel, String externalCategory, String categoryCode, String actor, Instant at) {
        String key = key(externalCategory);
        try {
            write(channel, key, categoryCode, actor, at);
        } catch (StoreException e) {
            if (!(e.getCause() instanceof SQLException sql && DUPLICATE_KEY.equals(sql.getSQLState()))) {
                throw e;
            }
            write(channel, key, categoryCode, actor, at); // another console inserted it a moment ago: update it
        }
    }

    /** The 事项 code remembered for {@code externalCategory} of {@code channel}, or null. */
    public String codeFor(Channel channel, String externalCategory) {
        return db.withConnection(c -> remembered(c, channel).get(key(externalCategory)));
    }

    /** Everything remembered for {@code channel}, by the sender's category, read on the caller's connection. */
    public static Map<String, String> remembered(Connection c, Channel channel) throws SQLException {
        Map<String, String> codes = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT external_category, category_code FROM remembered_category WHERE channel = ?")) {
            ps.setString(1, channel.name());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    codes.put(rs.getString(1), rs.getString(2));
                }
            }
        }
        return codes;
    }

    /** The form a sender's category is kept and looked up in: stripped and cut to {@link #MAX_CATEGORY}. */
    public static String key(String externalCategory) {
        String s = externalCategory.strip();
        return s.length() <= MAX_CATEGORY ? s : s.substring(0, MAX_CATEGORY);
    }

    private void write(Channel channel, String key, String code, String actor, Instant at) {
        db.withConnection(c -> {
            OffsetDateTime when = OffsetDateTime.ofInstant(at, ZoneOffset.UTC);
            try (PreparedStatement up = c.prepareStatement("UPDATE remembered_category SET category_code = ?,"
                    + " remembered_by = ?, remembered_at = ? WHERE channel = ? AND external_category = ?")) {
                up.setString(1, code);
                up.setString(2, actor);
                up.setObject(3, when);
                up.setString(4, channel.name());
                up.setString(5, key);
                if (up.executeUpdate() == 1) {
                    return null;
                }
            }
            try (PreparedStatement in = c.prepareStatement("INSERT INTO remembered_category (channel,"
                    + " external_category, category_code, remembered_by, remembered_at) VALUES (?, ?, ?, ?, ?)")) {
                in.setString(1, channel.name());
                in.setString(2, key);
                in.setString(3, code);
                in.setString(4, actor);
                in.setObject(5, when);
                in.executeUpdate();
            }
            return null;
        });
    }
}
