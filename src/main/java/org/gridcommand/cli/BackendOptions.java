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
                root.env().get("GRIDCOMMAND_DB_PASSWORD"), clock, root.mayCreate());
    }

    /** For the demo: a new database is what it is for. */
    static Backend openOrCreate(RootCommand root) {
        return Backend.open(root.database(), root.env().get("GRIDCOMMAND_DB_USER"),
                root.env().get("GRIDCOMMAND_DB_PASSWORD"), ConsoleClock.system(), true);
    }
}
