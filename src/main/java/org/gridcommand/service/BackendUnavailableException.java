package org.gridcommand.service;

import java.util.List;

/**
 * The backend cannot be opened: the database is missing, down, damaged or refuses the login. The message names the
 * problem and the fix, ready to show a duty officer or print on the command line; {@link #key()} and {@link #args()}
 * let the caller tell it in the user's language when the problem has a name in the message bundles.
 */
public class BackendUnavailableException extends RuntimeException {
    private final String key;
    private final List<String> args;

    public BackendUnavailableException(String message, Throwable cause) {
        this(null, List.of(), message, cause);
    }

    public BackendUnavailableException(String key, List<String> args, String message, Throwable cause) {
        super(message, cause);
        this.key = key;
        this.args = List.copyOf(args);
    }

    /** The problem's name in the message bundles ({@code db.problem.<key>}), or null. */
    public String key() {
        return key;
    }

    public List<String> args() {
        return args;
    }
}
