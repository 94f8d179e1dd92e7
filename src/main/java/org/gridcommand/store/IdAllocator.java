package org.gridcommand.store;

import java.sql.PreparedStatement;
import java.sql.ResultSet;

/**
 * Hands out ids from the database sequence {@code id_seq} in blocks of 1000 (hi/lo), so that inserts batch on
 * both databases and several consoles on one server never collide.
 */
public final class IdAllocator {
    static final int BLOCK = 1000;

    private final Database database;
    private long next;
    private long limit;

    IdAllocator(Database database) {
        this.database = database;
    }

    /** The next free id. Thread-safe. */
    public synchronized long next() {
        if (next >= limit) {
            long start = database.withConnection(c -> {
                String sql = database.vendor() == DatabaseLocation.Vendor.POSTGRESQL
                        ? "SELECT nextval('id_seq')" : "SELECT NEXT VALUE FOR id_seq";
                try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            });
            next = start;
            limit = start + BLOCK;
        }
        return next++;
    }
}
