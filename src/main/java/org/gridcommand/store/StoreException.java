package org.gridcommand.store;

/** A database operation failed after the database was opened (SQL error, lost connection). */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
