package org.gridcommand.app;

import org.gridcommand.cli.ConsoleOptions;
import org.gridcommand.demo.DemoCityService;
import org.gridcommand.domain.time.ConsoleClock;
import org.gridcommand.service.Backend;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The console's first start-up step, on the background executor: opens the database of {@code --db}, generates the
 * demo city into an empty one (its progress on the start-up view) and starts the daily backups.
 */
final class DatabaseOpening {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOpening.class);

    private final ConsoleOptions options;
    private final ConsoleClock clock;
    private final BackgroundTasks tasks;
    private final Messages messages;

    DatabaseOpening(ConsoleOptions options, ConsoleClock clock, BackgroundTasks tasks, Messages messages) {
        this.options = options;
        this.clock = clock;
        this.tasks = tasks;
        this.messages = messages;
    }

    /** The open backend, with a city in it; the caller closes it when a later step fails. */
    Backend open(StartupView startup) {
        String user = System.getenv("GRIDCOMMAND_DB_USER");
        String password = System.getenv("GRIDCOMMAND_DB_PASSWORD");
        Backend opened = Backend.open(options.db(), user, password, clock, options.mayCreate());
        try {
            if (!DemoCityService.of(opened).hasCity()) {
                LOG.info("Empty database: generating the demo city");
                DemoCityService.of(opened).create(DemoCityService.DEFAULT_SEED, (step, fraction) ->
                        tasks.onFx(() -> startup.show(messages.get("startup.generating") + "\n" + step, fraction)));
                // a bulk load leaves the embedded file several times larger than its data: shrink it once
                opened.close();
                Backend.compact(options.db(), user, password);
                opened = Backend.open(options.db(), user, password, clock);
            }
            opened.startDailyBackups();
            return opened;
        } catch (RuntimeException e) {
            opened.close();
            throw e;
        }
    }
}
