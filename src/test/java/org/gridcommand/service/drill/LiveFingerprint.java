package org.gridcommand.service.drill;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.gridcommand.store.DatabaseLocation;

/** Row count and SHA-256 of every table of the live schema, rows in key order: equal fingerprints, equal data. */
final class LiveFingerprint {
    private LiveFingerprint() {
    }

    static Map<String, String> of(DatabaseLocation location) throws SQLException {
        Map<String, String> out = new TreeMap<>();
        String url = location.jdbcUrl();
        boolean h2 = location.vendor() == DatabaseLocation.Vendor.H2;
        try (Connection c = location.user() == null ? DriverManager.getConnection(url)
                : DriverManager.getConnection(url, location.user(), location.password());
             Statement st = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT table_name FROM information_schema.tables "
                    + "WHERE table_schema = '"
                    + (h2 ? "PUBLIC" : "public") + "' AND table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                out.put(table, digest(st, table));
            }
            if (!h2) {
                try (ResultSet rs = st.executeQuery("SELECT last_value FROM public.id_seq")) {
                    rs.next();
                    out.put("id_seq", rs.getString(1));
                }
            }
        }
        return out;
    }

    private static String digest(Statement st, String table) throws SQLException {
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        long rows = 0;
        try (ResultSet rs = st.executeQuery("SELECT * FROM \"" + table + "\" ORDER BY 1")) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                rows++;
                for (int i = 1; i <= columns; i++) {
                    sha.update(String.valueOf(rs.getString(i)).getBytes(StandardCharsets.UTF_8));
                    sha.update((byte) 0);
                }
            }
        }
        return rows + " rows, " + HexFormat.of().formatHex(sha.digest());
    }
}
