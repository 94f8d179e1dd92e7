package org.gridcommand.store;

/**
 * The database cannot be used. The message names the problem and what to do about it, in words a duty officer
 * or the maintaining engineer can act on; it is shown as it is by the console and the command line.
 */
public class DatabaseUnavailableException extends RuntimeException {
    public DatabaseUnavailableException(String message) {
        super(message);
    }

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
