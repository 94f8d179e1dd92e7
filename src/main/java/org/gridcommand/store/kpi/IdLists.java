package org.gridcommand.store.kpi;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * Event ids asked for in lists of a fixed length ({@code IN (?, ?, …)}): both databases look each up by index, while
 * an array parameter is scanned once per row, and one statement text serves every list.
 */
final class IdLists {
    static final int SIZE = 500;

    private IdLists() {
    }

    /** {@code ids} in lists of at most {@link #SIZE}. */
    static List<List<Long>> chunks(List<Long> ids) {
        List<List<Long>> chunks = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += SIZE) {
            chunks.add(ids.subList(from, Math.min(ids.size(), from + SIZE)));
        }
        return chunks;
    }

    /** Binds a list of ids from {@code first} on, repeating the last to fill the list (an id twice is harmless). */
    static void bind(PreparedStatement ps, int first, List<Long> chunk) throws SQLException {
        for (int i = 0; i < SIZE; i++) {
            ps.setLong(first + i, chunk.get(Math.min(i, chunk.size() - 1)));
        }
    }
}
