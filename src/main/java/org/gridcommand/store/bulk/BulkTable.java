package org.gridcommand.store.bulk;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.gridcommand.geo.Wgs84;
import org.gridcommand.store.StoreException;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.io.WKBWriter;

/**
 * Inserts rows into one table through JDBC batches, optionally several rows per {@code INSERT … VALUES (…),(…)}
 * statement (see {@link BulkWriter} for when that pays).
 * <p>
 * Values: {@link Geometry} goes in as WKB through {@code ST_GeomFromWKB(?, 4326)} (PostGIS and H2GIS both have
 * it); enums as their name; {@link Instant} as a UTC {@link OffsetDateTime}; {@code null} as SQL NULL.
 */
public final class BulkTable {
    private final Connection connection;
    private final String table;
    private final List<String> columns;
    private final Set<String> geometryColumns;
    private final int rowsPerStatement;
    private final int statementsPerBatch;
    private final List<Object[]> pending = new ArrayList<>();
    private final WKBWriter wkb = new WKBWriter(2);
    private PreparedStatement multiRow;
    private BulkTable referenced;
    private int batched;
    private long count;

    BulkTable(Connection connection, String table, List<String> columns, Set<String> geometryColumns,
              int batchSize, int rowsPerStatement) {
        this.connection = connection;
        this.table = table;
        this.columns = List.copyOf(columns);
        this.geometryColumns = Set.copyOf(geometryColumns);
        for (String g : geometryColumns) {
            if (!columns.contains(g)) {
                throw new IllegalArgumentException(table + " has no column " + g);
            }
        }
        // PostgreSQL allows 32767 parameters per statement; stay far below it
        this.rowsPerStatement = Math.max(1, Math.min(rowsPerStatement, 4000 / columns.size()));
        this.statementsPerBatch = Math.max(1, batchSize / rowsPerStatement);
    }

    /** Adds one row, values in the order of the columns; sends a batch when enough rows are waiting. */
    public void insert(Object... values) {
        if (values.length != columns.size()) {
            throw new IllegalArgumentException(table + ": " + values.length + " values for " + columns.size()
                    + " columns " + columns);
        }
        pending.add(values);
        count++;
        if (pending.size() == rowsPerStatement) {
            try {
                if (multiRow == null) {
                    multiRow = connection.prepareStatement(insertSql(rowsPerStatement));
                }
                bind(multiRow, pending);
                multiRow.addBatch();
                pending.clear();
                if (++batched == statementsPerBatch) {
                    if (referenced != null) {
                        referenced.flush();
                    }
                    multiRow.executeBatch();
                    batched = 0;
                }
            } catch (SQLException e) {
                throw failure(e);
            }
        }
    }

    /**
     * Declares that rows here reference rows of {@code parent} (a foreign key): the parent's waiting rows are sent
     * before each batch of this table, so both tables can be filled side by side.
     */
    public BulkTable references(BulkTable parent) {
        this.referenced = parent;
        return this;
    }

    /** Rows inserted (or waiting to be) so far. */
    public long count() {
        return count;
    }

    public String name() {
        return table;
    }

    /** Sends everything still waiting and releases the statement. */
    void flush() {
        if (referenced != null) {
            referenced.flush();
        }
        try {
            if (multiRow != null) {
                if (batched > 0) {
                    multiRow.executeBatch();
                    batched = 0;
                }
                multiRow.close();
                multiRow = null;
            }
            if (!pending.isEmpty()) {
                try (PreparedStatement rest = connection.prepareStatement(insertSql(pending.size()))) {
                    bind(rest, pending);
                    rest.executeUpdate();
                }
                pending.clear();
            }
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private StoreException failure(SQLException e) {
        SQLException cause = e.getNextException() != null ? e.getNextException() : e;
        return new StoreException("Bulk insert into " + table + " failed: " + cause.getMessage(), e);
    }

    private String insertSql(int rows) {
        StringBuilder row = new StringBuilder("(");
        for (int i = 0; i < columns.size(); i++) {
            row.append(i == 0 ? "" : ", ")
                    .append(geometryColumns.contains(columns.get(i)) ? "ST_GeomFromWKB(?, " + Wgs84.SRID + ")" : "?");
        }
        row.append(')');
        return "INSERT INTO " + table + " (" + String.join(", ", columns) + ") VALUES "
                + String.join(", ", Collections.nCopies(rows, row));
    }

    private void bind(PreparedStatement ps, List<Object[]> rows) throws SQLException {
        int p = 1;
        for (Object[] row : rows) {
            for (Object value : row) {
                bindValue(ps, p++, value);
            }
        }
    }

    private void bindValue(PreparedStatement ps, int index, Object value) throws SQLException {
        if (value == null) {
            ps.setNull(index, Types.NULL);
        } else if (value instanceof Geometry g) {
            if (g.getSRID() != Wgs84.SRID) {
                throw new IllegalArgumentException(table + ": geometry with SRID " + g.getSRID() + ", not 4326");
            }
            ps.setBytes(index, wkb.write(g));
        } else if (value instanceof Enum<?> e) {
            ps.setString(index, e.name());
        } else if (value instanceof Instant t) {
            ps.setObject(index, OffsetDateTime.ofInstant(t, ZoneOffset.UTC));
        } else if (value instanceof Long l) {
            ps.setLong(index, l);
        } else if (value instanceof Integer i) {
            ps.setInt(index, i);
        } else if (value instanceof Double d) {
            ps.setDouble(index, d);
        } else if (value instanceof Boolean b) {
            ps.setBoolean(index, b);
        } else if (value instanceof String s) {
            ps.setString(index, s);
        } else {
            throw new IllegalArgumentException(table + ": cannot write a " + value.getClass().getName());
        }
    }
}
