package org.gridcommand.store;

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
 * The embedded file's daily backup: a while after the database opens, and every hour while it stays open (a
 * console runs for weeks), a backup is taken when the newest one is a day old or there is none. Short commands
 * close before the first look and never pay for it; the console and the intake endpoint keep the file backed up.
 */
final class BackupSchedule implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(BackupSchedule.class);
    static final Duration EVERY = Duration.ofDays(1);
    private static final Duration LOOK_AGAIN = Duration.ofHours(1);
    /** Seconds after opening before the first look; tests shorten it. */
    static final String FIRST_LOOK_PROPERTY = "gridcommand.backup.firstLookSeconds";
    private static final long WAIT_FOR_RUNNING_BACKUP_SECONDS = 120;

    private final ScheduledExecutorService timer;

    BackupSchedule(Database db) {
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
