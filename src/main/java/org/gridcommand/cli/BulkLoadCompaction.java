package org.gridcommand.cli;

import java.io.PrintStream;
import org.gridcommand.service.DatabaseMaintenance;

/**
 * After a bulk load (an import, the demo city) the embedded file holds the load's dead pages too: a 200,000-row
 * import grew one from 115 MB to 2.4 GB. When it grew noticeably, it is compacted and both sizes are reported;
 * when a console has it open, it is left as it is and the user is told so.
 */
public final class BulkLoadCompaction {
    /** Growth below this is left alone: compacting rewrites the whole file. */
    private static final long WORTH_IT_BYTES = 64L * 1024 * 1024;

    private final String db;
    private final String user;
    private final String password;
    private final long before;

    /** Notes the file's size before the load. */
    public BulkLoadCompaction(String db, String user, String password) {
        this.db = db;
        this.user = user;
        this.password = password;
        this.before = DatabaseMaintenance.fileSize(db);
    }

    /** Call with the database closed: compacts if the load made the file noticeably larger, and says so. */
    public void afterLoad(CliMessages messages, PrintStream out) {
        long now = DatabaseMaintenance.fileSize(db);
        if (before < 0 && now < WORTH_IT_BYTES || now < 0 || now - Math.max(before, 0) < WORTH_IT_BYTES) {
            return;
        }
        DatabaseMaintenance.Compaction c = DatabaseMaintenance.compact(db, user, password);
        if (c.done()) {
            out.println(messages.get("import.compacted", CliMessages.size(c.bytesBefore()),
                    CliMessages.size(c.bytesAfter())));
        } else {
            out.println(messages.get("import.not_compacted", messages.get("import.not_compacted.in_use"),
                    CliMessages.size(c.bytesBefore())));
        }
    }
}
