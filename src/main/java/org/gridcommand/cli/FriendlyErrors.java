package org.gridcommand.cli;

import java.util.Locale;
import java.util.function.Supplier;
import org.gridcommand.service.BackendUnavailableException;
import org.gridcommand.service.event.EventWords;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Prints what went wrong and what to do, and exits non-zero: 2 when the database cannot be used, 1 for any
 * other failure. A refused step of the closed loop is worded in the --lang language. The stack trace follows only
 * with GRIDCOMMAND_DEBUG=1, never as the only explanation.
 */
final class FriendlyErrors implements IExecutionExceptionHandler {
    static final int DATABASE_UNAVAILABLE = 2;
    static final int FAILED = 1;

    private final Supplier<Locale> language;

    FriendlyErrors(Supplier<Locale> language) {
        this.language = language;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cl, ParseResult parsed) {
        var err = cl.getErr();
        String refusal = new EventWords(language.get()).refusal(e);
        if (refusal != null) {
            err.println("gridcommand: " + refusal);
        } else if (e instanceof BackendUnavailableException) {
            err.println("gridcommand: " + e.getMessage());
        } else if (e instanceof IllegalStateException || e instanceof IllegalArgumentException) {
            err.println("gridcommand: " + e.getMessage());
        } else {
            err.println("gridcommand: " + e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        if ("1".equals(System.getenv("GRIDCOMMAND_DEBUG"))) {
            e.printStackTrace(err);
        }
        err.flush();
        return e instanceof BackendUnavailableException ? DATABASE_UNAVAILABLE : FAILED;
    }
}
