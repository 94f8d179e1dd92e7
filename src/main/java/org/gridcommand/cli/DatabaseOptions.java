package org.gridcommand.cli;

import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import org.gridcommand.domain.account.Account;
import org.gridcommand.domain.time.ConsoleClock;
import org.gridcommand.service.Backend;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * The database a command works on, and the one place where a command opens it ({@code @Mixin} of every command
 * that reads or writes data): its own {@code --db}, else the root's {@code --db}, else {@code GRIDCOMMAND_DB}, else
 * the data folder's file; a server's user and password from {@code GRIDCOMMAND_DB_USER} /
 * {@code GRIDCOMMAND_DB_PASSWORD}. Who is working (a CLI login) belongs here too, so that no command opens the
 * database without it.
 */
public final class DatabaseOptions {
    @Spec(Spec.Target.MIXEE)
    CommandSpec command;

    @Option(names = "--db", paramLabel = "DB", description = "Database: a file path (embedded H2) or "
            + "jdbc:postgresql://host:5432/name (shared). Default: the one given before the command, else "
            + "$GRIDCOMMAND_DB, else the data folder's.")
    String db;

    @Option(names = "--user", paramLabel = "NAME", description = "The account this command acts as, for commands "
            + "that change data; its password from $GRIDCOMMAND_PASSWORD, else asked for. Without --user, the "
            + "administrator-issued token in $GRIDCOMMAND_TOKEN.")
    String user;

    /** The root command, or null when a command runs on its own (a script embedding it, a test). */
    private RootCommand root() {
        return command != null && command.root().userObject() instanceof RootCommand r ? r : null;
    }

    private Map<String, String> env() {
        RootCommand root = root();
        return root != null ? root.env() : System.getenv();
    }

    /** The database to use (a path or a JDBC URL, never printed with a password). */
    public String database() {
        if (db != null) {
            return db;
        }
        RootCommand root = root();
        return root != null ? root.database() : DataFolder.defaultDatabase(env());
    }

    /**
     * Whether a database that does not exist yet may be created: on request ({@code --create} before the command),
     * or for the default data folder's own file. A path given with --db or GRIDCOMMAND_DB must already hold one.
     */
    boolean mayCreate() {
        RootCommand root = root();
        if (db == null) {
            return root != null ? root.mayCreate() : isBlank(env().get("GRIDCOMMAND_DB"));
        }
        return root != null && root.create;
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** The server's user name, when the database is a shared one. */
    public String user() {
        return env().get("GRIDCOMMAND_DB_USER");
    }

    /** The server's password; never printed. */
    public String password() {
        return env().get("GRIDCOMMAND_DB_PASSWORD");
    }

    /** Opens the database on the system clock. */
    public Backend open() {
        return open(ConsoleClock.system());
    }

    public Backend open(Clock clock) {
        return Backend.open(database(), user(), password(), clock, mayCreate());
    }

    /**
     * Opens the database on the system clock and signs the command in as an account ({@link CommandLogin}): for
     * every command that changes data. The history and the ledgers record that account. {@code retired} is the
     * command's old --actor, refused with a pointer to --user when given.
     *
     * @throws LoginProblem when the command has no way to act as an account (nothing is opened then)
     */
    public Backend openSignedIn(ActorOption retired) {
        return openSignedIn(retired, ConsoleClock.system());
    }

    public Backend openSignedIn(ActorOption retired, Clock clock) {
        if (retired != null) {
            retired.refuse();
        }
        Backend backend = open(clock);
        try {
            RootCommand root = root();
            new CommandLogin(env(), System.console(), root != null ? root.messages()
                    : new CliMessages(Locale.SIMPLIFIED_CHINESE)).signIn(backend, user);
            return backend;
        } catch (RuntimeException e) {
            backend.close();
            throw e;
        }
    }

    /** The login name of the account a signed-in command acts as (for its own messages). */
    public static String actor(Backend signedIn) {
        return signedIn.session().current().map(Account::loginName).orElseThrow();
    }

    /** For the demo: a new database is what it is for. */
    public Backend openOrCreate() {
        return Backend.open(database(), user(), password(), ConsoleClock.system(), true);
    }

    /** Notes the database file's size before a bulk load, to compact it afterwards. */
    public BulkLoadCompaction bulkLoadCompaction() {
        return new BulkLoadCompaction(database(), user(), password());
    }
}
