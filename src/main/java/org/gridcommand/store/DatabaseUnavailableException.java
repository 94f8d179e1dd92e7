package org.gridcommand.store;

import java.util.List;

/**
 * The database cannot be used. The message names the problem and what to do about it, in words a duty officer
 * or the maintaining engineer can act on; it is shown as it is by the console and the command line. Problems
 * that have a {@link #key()} can also be told in the user's language from the key and its {@link #args()}.
 */
public class DatabaseUnavailableException extends RuntimeException {
    private final String key;
    private final List<String> args;

    public DatabaseUnavailableException(String message) {
        this(message, (Throwable) null);
    }

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
        this.key = null;
        this.args = List.of();
    }

    /**
     * @param key     names the problem in the message bundles ({@code db.problem.<key>}); the English
     *                {@code message} is what logs and callers without a bundle show
     * @param args    the values the message is built from, in the bundle's order
     */
    public DatabaseUnavailableException(String key, List<String> args, String message, Throwable cause) {
        super(message, cause);
        this.key = key;
        this.args = List.copyOf(args);
    }

    /** The problem's name for the message bundles, or null when only the English message exists. */
    public String key() {
        return key;
    }

    /** The values for the bundle's message. */
    public List<String> args() {
        return args;
    }
}
