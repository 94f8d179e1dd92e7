package org.gridcommand.store;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.engine.SessionLocal;
import org.h2.jdbc.JdbcConnection;
import org.h2.mvstore.MVStore;

/**
 * Compacts the embedded file while it stays open, for the process that owns it (the console, the intake endpoint).
 * With every commit written at once (WRITE_DELAY=0, ADR 0014) H2 runs no background writer, and that writer is
 * what would otherwise rewrite half-empty chunks; a long-running console does it here, in its daily upkeep.
 * A process that reaches the file through another's loopback server cannot, and leaves it to the owner.
 */
final class OnlineCompaction {
    private OnlineCompaction() {
    }

    /**
     * Rewrites sparse chunks and moves them together for at most {@code maxMillis}.
     *
     * @return false when this process does not own the file (nothing was done)
     */
    static boolean run(Database db, int maxMillis) throws SQLException {
        try (Connection c = db.dataSource().getConnection()) {
            JdbcConnection h2 = c.unwrap(JdbcConnection.class);
            if (!(h2.getSession() instanceof SessionLocal session)) {
                return false;
            }
            MVStore store = session.getDatabase().getStore().getMvStore();
            store.compactFile(maxMillis);
            return true;
        }
    }
}
