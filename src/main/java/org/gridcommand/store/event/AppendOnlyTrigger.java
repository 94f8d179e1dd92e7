package org.gridcommand.store.event;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/**
 * H2's guard of the history (migration V13_2): any UPDATE or DELETE of a history line or a notice fails, whatever
 * sent it — the application, a script on the shared file, an SQL console. On PostgreSQL a PL/pgSQL trigger does
 * the same. H2 names this class in the database file, so it must keep its name and package.
 */
public final class AppendOnlyTrigger implements Trigger {
    private String table = "history";

    @Override
    public void init(Connection conn, String schemaName, String triggerName, String tableName, boolean before,
                     int type) {
        this.table = tableName;
    }

    @Override
    public void fire(Connection conn, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("history is append-only: " + (newRow == null ? "DELETE" : "UPDATE") + " of "
                + table + " refused", "42501");
    }
}
