package org.gridcommand.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.h2.api.ErrorCode;

/**
 * Rewrites an embedded database file without the space that a bulk load leaves behind (a freshly generated demo
 * city shrinks from ~800 MB to ~115 MB) with H2's {@code SHUTDOWN COMPACT}, which needs the file to itself: when a
 * console or another command has it open, it is left as it is (the data is intact; the file is only larger than it
 * needs to be) and the reason is returned. The owner of an open file compacts online instead ({@link DailyUpkeep}).
 */
public final class FileCompaction {
    /** What compacting the file did: its size before and after, or why it was left as it was. */
    public record Result(long bytesBefore, long bytesAfter, boolean done, String notDoneReason) {
    }

    private FileCompaction() {
    }

    /** Compacts the file at {@code location} if nobody has it open; a no-op for servers. */
    public static Result run(DatabaseLocation location) {
        if (!location.isEmbedded()) {
            return new Result(-1, -1, false, "a database server manages its own space");
        }
        long before = sizeOf(location.file());
        // without AUTO_SERVER: SHUTDOWN through a console's server would close the console's database
        try (Connection c = DriverManager.getConnection(location.exclusiveUrl(), location.user(),
                location.password()); Statement st = c.createStatement()) {
            st.execute("SHUTDOWN COMPACT");
        } catch (SQLException e) {
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                return new Result(before, before, false, "the database is open in a console or a command");
            }
            throw new StoreException("Could not compact " + location.describe() + ": " + e.getMessage()
                    + ". The data is intact; the file is only larger than it needs to be.", e);
        }
        OwnerOnly.restrict(location.file());
        return new Result(before, sizeOf(location.file()), true, null);
    }

    private static long sizeOf(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return -1;
        }
    }
}
