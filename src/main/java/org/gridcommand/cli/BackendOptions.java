package org.gridcommand.cli;

import java.time.Clock;
import org.gridcommand.domain.time.ConsoleClock;
import org.gridcommand.service.Backend;

/** Opens the backend for a subcommand from the root options and the environment. */
final class BackendOptions {
    private BackendOptions() {
    }

    static Backend open(RootCommand root) {
        return open(root, ConsoleClock.system());
    }

    static Backend open(RootCommand root, Clock clock) {
        return Backend.open(root.database(), root.env().get("GRIDCOMMAND_DB_USER"),
                root.env().get("GRIDCOMMAND_DB_PASSWORD"), clock);
    }
}
