package org.gridcommand.store.drill;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.gridcommand.store.Database;
import org.gridcommand.store.DatabaseLocation;
import org.gridcommand.store.OwnerOnly;
import org.gridcommand.store.StoreException;

/**
 * Makes and removes drills' copies of the live city, while consoles keep working on it. H2: an online
 * {@code BACKUP TO} (a consistent copy of the committed state) unpacked into {@code drills/} beside the file.
 * PostgreSQL: a schema {@code drill_…} in the same database, every table of {@code public} copied into it in one
 * repeatable-read transaction (one snapshot), and its own id sequence, so the drill never draws live ids. A
 * separate database made with {@code CREATE DATABASE … TEMPLATE} would need every console disconnected first.
 */
public final class DrillCopies {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss_SSS");
    /** PostGIS's own table: it stays in public, where the functions that read it are. */
    private static final List<String> NOT_COPIED = List.of("spatial_ref_sys");

    private DrillCopies() {
    }

    /** Copies {@code live} now and says how to open the copy. */
    public static DrillCopy copy(Database live) {
        String stamp = STAMP.format(LocalDateTime.now());
        return live.vendor() == DatabaseLocation.Vendor.H2 && live.location().isEmbedded()
                ? copyFile(live, stamp) : copySchema(live, stamp);
    }

    /** The folder of an embedded file's drill copies. */
    public static Path folder(Path liveFile) {
        return liveFile.toAbsolutePath().getParent().resolve("drills");
    }

    private static DrillCopy copyFile(Database live, String stamp) {
        Path liveFile = live.location().file();
        String name = liveFile.getFileName().toString().replace(".mv.db", "");
        Path folder = folder(liveFile);
        Path zip = folder.resolve(name + "-drill-" + stamp + ".zip");
        Path copy = folder.resolve(name + "-drill-" + stamp + ".mv.db");
        try {
            OwnerOnly.createFolder(folder);
            live.withConnection(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("BACKUP TO '" + zip.toString().replace("'", "''") + "'");
                }
                return null;
            });
            unpack(zip, copy);
            OwnerOnly.restrict(copy);
            String spec = copy.toString().substring(0, copy.toString().length() - ".mv.db".length());
            return new DrillCopy(DatabaseLocation.Vendor.H2, spec, copy, null);
        } catch (IOException e) {
            throw new StoreException("Could not copy " + liveFile + " for a drill into " + folder + ": "
                    + e.getMessage(), e);
        } finally {
            try {
                Files.deleteIfExists(zip);
            } catch (IOException ignored) {
                // a stray zip in drills/ harms nothing
            }
        }
    }

    private static void unpack(Path zip, Path into) throws IOException {
        try (InputStream in = Files.newInputStream(zip); ZipInputStream z = new ZipInputStream(in)) {
            for (ZipEntry e = z.getNextEntry(); e != null; e = z.getNextEntry()) {
                if (e.getName().endsWith(".mv.db")) {
                    Files.copy(z, into, StandardCopyOption.REPLACE_EXISTING);
                    return;
                }
            }
        }
        throw new IOException(zip + " holds no database file");
    }

    private static DrillCopy copySchema(Database live, String stamp) {
        String schema = "drill_" + stamp.toLowerCase();
        live.withConnection(c -> {
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try (Statement st = c.createStatement()) {
                st.execute("CREATE SCHEMA " + schema);
                for (String table : tables(c)) {
                    st.execute("CREATE TABLE " + schema + "." + table + " (LIKE public." + table
                            + " INCLUDING ALL)");
                    st.execute("INSERT INTO " + schema + "." + table + " SELECT * FROM public." + table);
                }
                for (String[] seq : sequences(c)) {
                    st.execute("CREATE SEQUENCE " + schema + "." + seq[0] + " INCREMENT BY " + seq[1]
                            + " START WITH " + seq[2]);
                }
            }
            return null;
        });
        String url = live.location().jdbcUrl();
        String spec = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema + ",public";
        return new DrillCopy(DatabaseLocation.Vendor.POSTGRESQL, spec, null, schema);
    }

    private static List<String> tables(Connection c) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                if (!NOT_COPIED.contains(rs.getString(1))) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    /** Name, increment and the next value each sequence of {@code public} would give. */
    private static List<String[]> sequences(Connection c) throws SQLException {
        List<String[]> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT sequencename, increment_by, "
                + "COALESCE(last_value + increment_by, start_value) FROM pg_sequences WHERE schemaname = 'public'");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
            }
        }
        return out;
    }

    /** Removes a drill's copy (the drill's database must be closed). */
    public static void discard(Database live, DrillCopy copy) {
        if (copy.file() != null) {
            try {
                Files.deleteIfExists(copy.file());
                Files.deleteIfExists(Path.of(copy.spec() + ".trace.db"));
            } catch (IOException e) {
                throw new StoreException("Could not remove the drill copy " + copy.file() + ": " + e.getMessage(), e);
            }
        } else {
            live.withConnection(c -> {
                try (Statement st = c.createStatement()) {
                    st.execute("DROP SCHEMA IF EXISTS " + copy.schema() + " CASCADE");
                }
                return null;
            });
        }
    }
}
