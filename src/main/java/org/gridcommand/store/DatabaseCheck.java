package org.gridcommand.store;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code gridcommand db check}: whether an embedded file opens, and whether every row of every table can be read,
 * without changing a byte of it (read-only, or through the owner's loopback server when a console has it open).
 */
public final class DatabaseCheck {
    /** How the file was found. */
    public enum Verdict {
        /** Opens, every row read. */
        HEALTHY,
        /** Its last process stopped mid-transaction; the next open rolls that work back (nothing else to do). */
        UNFINISHED_WORK,
        /** There is no database at that path. */
        MISSING,
        /** It cannot be opened or read: restore a backup. */
        DAMAGED
    }

    /**
     * @param rowsPerTable every table's rows, all read (empty unless HEALTHY)
     * @param problem      what is wrong, in English (null when HEALTHY); {@code problemKey}/{@code problemArgs} tell
     *                     it in the user's language
     */
    public record Report(String file, long bytes, Verdict verdict, Map<String, Long> rowsPerTable, String problem,
                         String problemKey, List<String> problemArgs, List<Backups.Backup> backups) {
    }

    private DatabaseCheck() {
    }

    public static Report run(DatabaseLocation location) {
        if (!location.isEmbedded()) {
            throw new StoreException("db check is for the embedded file; a PostgreSQL server has its own tools "
                    + "(pg_amcheck).", null);
        }
        long bytes = size(location);
        List<Backups.Backup> backups = Backups.list(location.file());
        EmbeddedFileCheck.State state;
        try {
            state = EmbeddedFileCheck.inspect(location, false);
        } catch (DatabaseUnavailableException e) {
            Verdict v = "missing".equals(e.key()) ? Verdict.MISSING : Verdict.DAMAGED;
            return new Report(location.describe(), bytes, v, Map.of(), e.getMessage(), e.key(), e.args(), backups);
        }
        if (state == EmbeddedFileCheck.State.UNFINISHED) {
            return new Report(location.describe(), bytes, Verdict.UNFINISHED_WORK, Map.of(), "The last process "
                    + "using it stopped in the middle of a transaction; the next open rolls that work back.",
                    "unfinished", List.of(location.describe()), backups);
        }
        String url = state == EmbeddedFileCheck.State.IN_USE ? location.jdbcUrl()
                : "jdbc:h2:file:" + Backups.baseName(location.file()) + ";ACCESS_MODE_DATA=r;TRACE_LEVEL_FILE=0";
        try (Connection c = DriverManager.getConnection(url, location.user(), location.password())) {
            c.setReadOnly(true);
            return new Report(location.describe(), bytes, Verdict.HEALTHY, readEveryRow(c), null, null, List.of(),
                    backups);
        } catch (SQLException e) {
            DatabaseUnavailableException d = Problems.damaged(location, e);
            return new Report(location.describe(), bytes, Verdict.DAMAGED, Map.of(), d.getMessage(), d.key(),
                    d.args(), backups);
        }
    }

    private static Map<String, Long> readEveryRow(Connection c) throws SQLException {
        List<String> tables = new ArrayList<>();
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT TABLE_NAME FROM "
                + "INFORMATION_SCHEMA.TABLES WHERE TABLE_SCHEMA = 'PUBLIC' AND TABLE_TYPE = 'BASE TABLE' "
                + "ORDER BY TABLE_NAME")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : tables) {
            long n = 0;
            // every row fetched (not COUNT(*), which H2 answers from a counter without reading the pages)
            try (Statement st = c.createStatement()) {
                st.setFetchSize(5000);
                try (ResultSet rs = st.executeQuery("SELECT * FROM \"" + table.replace("\"", "\"\"") + "\"")) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            rs.getObject(i);
                        }
                        n++;
                    }
                }
            }
            rows.put(table, n);
        }
        return rows;
    }

    private static long size(DatabaseLocation location) {
        try {
            return Files.size(location.file());
        } catch (IOException e) {
            return -1;
        }
    }
}
