package org.gridcommand.store.triage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.gridcommand.domain.event.Channel;

/**
 * Keeps what the sending system called a ticket that went to triage, in batches on the import's own connection
 * (so in its transaction: all or nothing with the tickets). The triage desk shows it and can remember a 事项 for it.
 */
public final class TicketSourceCategories implements AutoCloseable {
    private static final int BATCH = 1000;

    private final PreparedStatement insert;
    private int pending;

    public TicketSourceCategories(Connection c) throws SQLException {
        insert = c.prepareStatement("INSERT INTO ticket_source_category (channel, external_id, external_category)"
                + " SELECT ?, ?, ? FROM (VALUES (1)) one WHERE NOT EXISTS (SELECT 1 FROM ticket_source_category t"
                + " WHERE t.channel = ? AND t.external_id = ?)");
    }

    /** Keeps {@code externalCategory} (blank: nothing to keep) of ticket {@code externalId}. */
    public void keep(Channel channel, String externalId, String externalCategory) throws SQLException {
        if (externalCategory == null || externalCategory.isBlank()) {
            return;
        }
        insert.setString(1, channel.name());
        insert.setString(2, externalId);
        insert.setString(3, CategoryMemoryStore.key(externalCategory));
        insert.setString(4, channel.name());
        insert.setString(5, externalId);
        insert.addBatch();
        if (++pending >= BATCH) {
            flush();
        }
    }

    /** Sends what is pending (the transaction is the caller's to commit). */
    public void flush() throws SQLException {
        if (pending > 0) {
            insert.executeBatch();
            pending = 0;
        }
    }

    @Override
    public void close() throws SQLException {
        insert.close();
    }
}
