package org.gridcommand.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.hibernate.SharedSessionContract;

/**
 * Hands out ids from the database sequence {@code id_seq} in blocks of 1000 (hi/lo), so that inserts batch on
 * both databases and several consoles on one server never collide.
 * <p>
 * Code that already holds a connection (a transaction in progress) passes its session or connection: the next
 * block is then taken on that connection. Taking a second connection from the pool while holding one is how a
 * small pool deadlocks under load (every request holding one and waiting for another). Sequence values are not
 * transactional on either database, so a block taken inside a transaction that rolls back stays reserved.
 */
public final class IdAllocator {
    static final int BLOCK = 1000;

    private final Database database;
    private long next;
    private long limit;

    IdAllocator(Database database) {
        this.database = database;
    }

    /** The next free id; takes a connection of its own when a new block is needed. Thread-safe. */
    public synchronized long next() {
        if (next >= limit) {
            refill(database.withConnection(this::reserveBlock));
        }
        return next++;
    }

    /** The next free id; a new block is taken on the session's own connection. Thread-safe. */
    public synchronized long next(SharedSessionContract session) {
        if (next >= limit) {
            refill(session.doReturningWork(this::reserveBlock));
        }
        return next++;
    }

    /** The next free id; a new block is taken on {@code connection}. Thread-safe. */
    public synchronized long next(Connection connection) throws SQLException {
        if (next >= limit) {
            refill(reserveBlock(connection));
        }
        return next++;
    }

    private void refill(long start) {
        next = start;
        limit = start + BLOCK;
    }

    private long reserveBlock(Connection c) throws SQLException {
        String sql = database.vendor() == DatabaseLocation.Vendor.POSTGRESQL
                ? "SELECT nextval('id_seq')" : "SELECT NEXT VALUE FOR id_seq";
        try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
