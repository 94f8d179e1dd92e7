package org.gridcommand.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Where the database is, as given by {@code --db} or {@code GRIDCOMMAND_DB}: a file path means an embedded H2
 * database; a {@code jdbc:postgresql:} URL means a shared PostgreSQL server; a {@code jdbc:h2:} URL is used
 * as it is (e.g. an H2 TCP server).
 *
 * @param vendor   which database engine
 * @param jdbcUrl  the URL handed to the driver
 * @param user     user name (from the URL or {@code GRIDCOMMAND_DB_USER})
 * @param password password (from {@code GRIDCOMMAND_DB_PASSWORD}); never printed
 * @param file     for embedded H2, the database file ({@code ….mv.db}); otherwise null
 */
public record DatabaseLocation(Vendor vendor, String jdbcUrl, String user, String password, Path file) {

    /** The two engines GridCommand runs on. */
    public enum Vendor {
        H2("h2"), POSTGRESQL("postgresql");

        private final String migrationFolder;

        Vendor(String migrationFolder) {
            this.migrationFolder = migrationFolder;
        }

        /** The Flyway location holding this engine's own migrations. */
        public String migrationFolder() {
            return migrationFolder;
        }
    }

    private static final String H2_SUFFIX = ".mv.db";
    /**
     * WRITE_DELAY=0: H2 writes every commit to the file before the commit returns (its default keeps the last
     * half second in memory, which a killed process loses after it has acknowledged it). AUTO_SERVER lets the
     * command line work on a file the console has open; its server listens on loopback only ({@link H2Network}).
     */
    private static final String H2_DURABLE = ";WRITE_DELAY=0";

    /**
     * Reads a {@code --db} value.
     *
     * @throws DatabaseUnavailableException when the value cannot name a database, with what to write instead
     */
    public static DatabaseLocation parse(String spec, String user, String password) {
        if (spec == null || spec.isBlank()) {
            throw new DatabaseUnavailableException("No database given. Pass --db with a file path (embedded) or a "
                    + "jdbc:postgresql://host:5432/name URL (shared), or set GRIDCOMMAND_DB.");
        }
        String trimmed = spec.trim();
        String lower = trimmed.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) {
            return new DatabaseLocation(Vendor.POSTGRESQL, trimmed, blankToNull(user), blankToNull(password), null);
        }
        if (lower.startsWith("jdbc:h2:")) {
            return new DatabaseLocation(Vendor.H2, trimmed, user == null ? "sa" : user,
                    password == null ? "" : password, null);
        }
        if (lower.startsWith("jdbc:")) {
            throw new DatabaseUnavailableException("Unsupported database URL '" + redact(trimmed) + "'. GridCommand "
                    + "runs on embedded H2 (give a file path) or PostgreSQL (jdbc:postgresql://host:5432/name).");
        }
        if (lower.startsWith("postgres://") || lower.startsWith("postgresql://")) {
            throw new DatabaseUnavailableException("'" + redact(trimmed) + "' is not a JDBC URL. Write it as "
                    + "jdbc:postgresql://host:5432/name.");
        }
        Path path = Path.of(trimmed).toAbsolutePath().normalize();
        if (Files.isDirectory(path)) {
            path = path.resolve("gridcommand");
        }
        String base = path.toString();
        if (base.endsWith(H2_SUFFIX)) {
            base = base.substring(0, base.length() - H2_SUFFIX.length());
        }
        Path file = Path.of(base + H2_SUFFIX);
        String options = H2_DURABLE + (H2Network.serverStaysOnLoopback() ? ";AUTO_SERVER=TRUE" : "");
        return new DatabaseLocation(Vendor.H2, "jdbc:h2:file:" + base + options, "sa", "", file);
    }

    /** The embedded file's URL without the shared-access server: for work that must have the file to itself. */
    String exclusiveUrl() {
        return jdbcUrl.replace(";AUTO_SERVER=TRUE", "");
    }

    /** True for an embedded H2 database file (as opposed to a server). */
    public boolean isEmbedded() {
        return file != null;
    }

    /** What to show a person: the file, or the URL without credentials. */
    public String describe() {
        return file != null ? file.toString() : redact(jdbcUrl);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** Hides a password given in a URL. */
    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("//([^/:@]+):[^@/]*@", "//$1:***@");
    }

    @Override
    public String toString() {
        return vendor + " " + describe();
    }
}
