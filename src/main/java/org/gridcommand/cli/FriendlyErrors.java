package org.gridcommand.cli;

import org.gridcommand.service.BackendUnavailableException;
import org.gridcommand.service.event.EventWords;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Prints what went wrong and what to do, and exits non-zero: 2 when the database cannot be used, 1 for any
 * other failure. The message alone goes to the terminal, in the user's language where the problem has a name (a
 * refused step of the closed loop is worded in the --lang language); the stack trace goes to the log file
 * ({@code ~/.cache/gridcommand/gridcommand.log} or {@code $GRIDCOMMAND_LOG}), and to the terminal too only with
 * GRIDCOMMAND_DEBUG=1.
 */
final class FriendlyErrors implements IExecutionExceptionHandler {
    /** To the log file only (logback.xml): the terminal shows the message, the file keeps the details. */
    private static final Logger DETAILS = LoggerFactory.getLogger("org.gridcommand.cli.details");
    static final int DATABASE_UNAVAILABLE = 2;
    static final int FAILED = 1;

    private final RootCommand root;

    FriendlyErrors(RootCommand root) {
        this.root = root;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
        var err = cl.getErr();
        String refusal = new EventWords(root.locale()).refusal(e);
        if (refusal != null) {
            err.println("gridcommand: " + refusal);
        } else if (e instanceof LoginProblem p) {
            err.println("gridcommand: " + p.say(new CliMessages(root.locale())));
        } else if (e instanceof BackendUnavailableException b) {
            err.println("gridcommand: " + new CliMessages(root.locale()).problem(b.key(), b.args(), b.getMessage()));
        } else if (e instanceof IllegalStateException || e instanceof IllegalArgumentException) {
            err.println("gridcommand: " + e.getMessage());
        } else {
            err.println("gridcommand: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        DETAILS.warn("Command failed: {}", e.getMessage(), e);
        if ("1".equals(System.getenv("GRIDCOMMAND_DEBUG"))) {
            e.printStackTrace(err);
        }
        err.flush();
        return e instanceof BackendUnavailableException ? DATABASE_UNAVAILABLE : FAILED;
    }
}
