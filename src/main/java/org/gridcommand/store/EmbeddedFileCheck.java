package org.gridcommand.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.h2.api.ErrorCode;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;
import org.h2.mvstore.tx.TransactionStore;

/**
 * Looks at an embedded file before it is opened for writing, so that opening can never overwrite what is left of
 * an officer's data (ADR 0011): a foreign or damaged file is refused, a missing one is created only on request,
 * and a file whose last user was killed mid-transaction is recognised as such (opening it rolls the unfinished
 * work back) — whether or not that process left its lock file behind.
 */
final class EmbeddedFileCheck {
    /** What the file is. */
    enum State {
        /** No file yet: opening creates it. */
        NEW,
        /** A GridCommand database, closed cleanly or open read-only without a problem. */
        READY,
        /** Another running console or command has it open; the open goes through its loopback server. */
        IN_USE,
        /** The last process using it ended mid-transaction: H2 must roll that work back when it opens it. */
        UNFINISHED
    }

    private static final byte[] H2_HEADER = "H:2,".getBytes(StandardCharsets.US_ASCII);

    private EmbeddedFileCheck() {
    }

    static State inspect(DatabaseLocation location, boolean mayCreate) {
        Path file = location.file();
        Path folder = file.toAbsolutePath().getParent();
        if (!Files.exists(file)) {
            if (!mayCreate) {
                throw Problems.missing(file);
            }
            createFolder(folder);
            if (!Files.isWritable(folder)) {
                throw Problems.readOnlyFolder(folder);
            }
            return State.NEW;
        }
        if (!Files.isWritable(folder)) {
            throw Problems.readOnlyFolder(folder);
        }
        if (!Files.isReadable(file) || !Files.isWritable(file)) {
            throw new DatabaseUnavailableException("The database file " + file + " is not readable and writable "
                    + "by this user. Fix its permissions or choose another file with --db.");
        }
        checkHeader(file);
        StaleLock.removeIfStale(location);
        State leftover = leftoverTransactions(location);
        return leftover != null ? leftover : inspectReadOnly(location);
    }

    private static void createFolder(Path folder) {
        try {
            OwnerOnly.createFolder(folder);
        } catch (IOException e) {
            throw new DatabaseUnavailableException("db.problem.folder", List.of(String.valueOf(folder),
                    String.valueOf(e.getMessage())), "Cannot create the data folder " + folder + ": "
                    + e.getMessage() + ". Choose a writable place with --db.", e);
        }
    }

    private static void checkHeader(Path file) {
        byte[] head = new byte[H2_HEADER.length];
        int read;
        try (InputStream in = Files.newInputStream(file)) {
            read = in.readNBytes(head, 0, head.length);
        } catch (IOException e) {
            throw new DatabaseUnavailableException("Cannot read the database file " + file + ": " + e.getMessage()
                    + ". It was not changed.", e);
        }
        if (read < head.length || !Arrays.equals(head, H2_HEADER)) {
            throw new DatabaseUnavailableException("The file " + file + " is not a GridCommand (H2) database or is "
                    + "damaged (it is " + sizeOf(file) + " bytes and does not start like one). It was not changed. "
                    + "Move it aside and restore it from a backup, or start on a new file with --db.");
        }
    }

    /**
     * Looks into the file's store, below the SQL engine, for the undo logs of transactions that a stopped process
     * left unfinished: opening the file will roll them back, which a read-only open cannot do. (A read-only open
     * that fails on them keeps its file lock in this JVM until exit, so asking the engine first would make the
     * real open that follows fail as "in use".)
     *
     * @return UNFINISHED, IN_USE, or null when the engine's read-only look can go ahead
     */
    private static State leftoverTransactions(DatabaseLocation location) {
        MVStore store;
        try {
            store = new MVStore.Builder().fileName(location.file().toString()).readOnly().open();
        } catch (MVStoreException e) {
            if (e.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
                return State.IN_USE;
            }
            throw Problems.damaged(location, e);
        }
        try {
            for (String map : store.getMapNames()) {
                if (map.startsWith(TransactionStore.UNDO_LOG_NAME_PREFIX) && store.hasData(map)) {
                    return State.UNFINISHED;
                }
            }
            return null;
        } catch (MVStoreException e) {
            throw Problems.damaged(location, e);
        } finally {
            store.closeImmediately();
        }
    }

    /**
     * Opens the file read-only and checks that it holds a GridCommand schema. H2 opens some damaged files as if
     * they were empty; a normal open would then write a fresh schema over what is left of the officer's data.
     */
    private static State inspectReadOnly(DatabaseLocation location) {
        Path file = location.file();
        // no trace file: a read-only look must not write, and H2 prints its trace failures on the console
        String url = "jdbc:h2:file:" + Backups.baseName(file) + ";ACCESS_MODE_DATA=r;TRACE_LEVEL_FILE=0";
        boolean ours;
        try (Connection c = DriverManager.getConnection(url, location.user(), location.password());
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM INFORMATION_SCHEMA.TABLES "
                     + "WHERE TABLE_NAME = 'flyway_schema_history'")) {
            rs.next();
            ours = rs.getLong(1) > 0;
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                return State.IN_USE;
            }
            // DATABASE_IS_READ_ONLY here: H2 wants to repair a file that has no unfinished transactions (those
            // were found above): damage, refused as ever (ADR 0011)
            throw Problems.damaged(location, e);
        }
        if (!ours) {
            throw new DatabaseUnavailableException("The file " + file + " holds no GridCommand data that can be "
                    + "read: it is damaged or belongs to another program. It was not changed. Move it aside and "
                    + "restore it from a backup, or start on a new file with --db.");
        }
        return State.READY;
    }

    private static String sizeOf(Path file) {
        try {
            return Long.toString(Files.size(file));
        } catch (IOException e) {
            return "?";
        }
    }
}
