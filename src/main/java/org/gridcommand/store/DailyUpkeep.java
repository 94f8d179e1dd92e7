package org.gridcommand.store;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded file's daily upkeep, for the processes that keep it open for days (the console, the intake
 * endpoint): a while after the database opens, and every hour while it stays open, when the newest backup is a day
 * old or there is none, the file is compacted online ({@link OnlineCompaction}) and then backed up ({@link Backups}).
 */
final class DailyUpkeep implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(DailyUpkeep.class);
    private static final int COMPACT_MILLIS = 20_000;
    static final Duration EVERY = Duration.ofDays(1);
    private static final Duration LOOK_AGAIN = Duration.ofHours(1);
    /** Seconds after opening before the first look; tests shorten it. */
    static final String FIRST_LOOK_PROPERTY = "gridcommand.backup.firstLookSeconds";
    private static final long WAIT_FOR_RUNNING_BACKUP_SECONDS = 120;

    private final ScheduledExecutorService timer;

    DailyUpkeep(Database db) {
        // its own daemon thread: a backup must never hold up the caller, and the JVM may exit while none runs
        ScheduledThreadPoolExecutor t = new ScheduledThreadPoolExecutor(1, r -> {
            Thread thread = Executors.defaultThreadFactory().newThread(r);
            thread.setName("gridcommand-backup");
            thread.setDaemon(true);
            return thread;
        });
        t.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        long first = Long.getLong(FIRST_LOOK_PROPERTY, 30);
        t.scheduleWithFixedDelay(() -> backUpIfDue(db), first, LOOK_AGAIN.toSeconds(), TimeUnit.SECONDS);
        this.timer = t;
    }

    private static void backUpIfDue(Database db) {
        List<Backups.Backup> backups = Backups.list(db.location().file());
        if (!backups.isEmpty() && backups.get(0).taken().isAfter(LocalDateTime.now().minus(EVERY))) {
            return;
        }
        try {
            long before = Files.size(db.location().file());
            if (OnlineCompaction.run(db, COMPACT_MILLIS)) {
                LOG.info("Daily upkeep compacted {}: {} → {} bytes", db.location().describe(), before,
                        Files.size(db.location().file()));
            }
        } catch (SQLException | IOException | RuntimeException e) {
            LOG.warn("The daily compaction of {} failed: {}", db.location().describe(), e.getMessage(), e);
        }
        try {
            Backups.Backup b = Backups.take(db);
            LOG.info("Daily backup written: {} ({} bytes)", b.path(), b.bytes());
        } catch (RuntimeException e) {
            LOG.warn("The daily backup of {} failed: {}", db.location().describe(), e.getMessage(), e);
        }
    }

    /** Cancels the next look; a backup already running is let finish (interrupting H2 would close its file). */
    @Override
    public void close() {
        timer.shutdown();
        try {
            if (!timer.awaitTermination(WAIT_FOR_RUNNING_BACKUP_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("A backup was still running when the database closed; it will be taken again next time");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
