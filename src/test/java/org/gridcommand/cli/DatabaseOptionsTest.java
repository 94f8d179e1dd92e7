package org.gridcommand.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.gridcommand.service.Backend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;

/**
 * Every command finds its database the same way, through the one {@code DatabaseOptions} mixin: its own --db, else
 * the one given before the command, else GRIDCOMMAND_DB; a mistyped path is refused and creates nothing.
 */
class DatabaseOptionsTest {
    @TempDir
    Path dir;

    /** A command as every data command is written: the mixin, and the database it opened. */
    @Command(name = "where")
    static final class Where implements Callable<Integer> {
        @Spec
        CommandLine.Model.CommandSpec spec;

        @Mixin
        DatabaseOptions database;

        @Override
        public Integer call() {
            try (Backend backend = database.open()) {
                spec.commandLine().getOut().println(backend.describeDatabase());
                return 0;
            }
        }
    }

    private record Run(int exit, String out, String err) {
    }

    private Run run(Map<String, String> env, String... args) {
        CommandLine cl = RootCommand.commandLine(new RootCommand(o -> 0, env, "unused"),
                CommandLine.defaultFactory());
        cl.addSubcommand(new Where());
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Path existingDatabase(String name) {
        Path db = dir.resolve(name).resolve("city");
        assertThat(run(Map.of(), "--create", "where", "--db", db.toString()).exit()).isZero();
        return db;
    }

    @Test
    void the_commands_own_db_wins_over_the_one_before_it_and_over_the_environment() {
        Path before = existingDatabase("before");
        Path own = existingDatabase("own");
        Path fromEnv = existingDatabase("env");
        Map<String, String> env = Map.of("GRIDCOMMAND_DB", fromEnv.toString());

        Run given = run(env, "--db", before.toString(), "where", "--db", own.toString());
        assertThat(given.out()).as(given.err()).contains("own");
        Run root = run(env, "--db", before.toString(), "where");
        assertThat(root.out()).as(root.err()).contains("before").doesNotContain("own");
        Run environment = run(env, "where");
        assertThat(environment.out()).as(environment.err()).contains("env");
    }

    @Test
    void a_mistyped_path_is_refused_and_creates_nothing() {
        Path typo = dir.resolve("no-such-folder").resolve("city");

        Run r = run(Map.of(), "where", "--db", typo.toString());

        assertThat(r.exit()).isNotZero();
        assertThat(r.out()).isEmpty();
        assertThat(typo.getParent()).doesNotExist();
        assertThat(Files.exists(dir.resolve("no-such-folder"))).isFalse();
    }
}
