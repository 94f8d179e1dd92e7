package org.gridcommand.cli.loop;

import java.util.Locale;
import org.gridcommand.cli.RootCommand;
import org.gridcommand.service.Backend;
import picocli.CommandLine.Model.CommandSpec;

/** The backend and the language of an {@code event} command: the root's --db and --lang unless given here. */
final class LoopDatabase {
    private LoopDatabase() {
    }

    static Backend open(CommandSpec spec, String db) {
        return root(spec).openBackend(db);
    }

    static Locale locale(CommandSpec spec) {
        return root(spec).locale();
    }

    private static RootCommand root(CommandSpec spec) {
        if (spec.root().userObject() instanceof RootCommand root) {
            return root;
        }
        throw new IllegalStateException("run it as: gridcommand event …");
    }
}
