package org.gridcommand.service;

/**
 * The backend cannot be opened: the database is missing, down, damaged or refuses the login. The message names the
 * problem and the fix, ready to show a duty officer or print on the command line.
 */
public class BackendUnavailableException extends RuntimeException {
    public BackendUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
