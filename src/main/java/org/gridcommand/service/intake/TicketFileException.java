package org.gridcommand.service.intake;

/** The ticket file cannot be read as a whole (encoding, broken quoting, missing columns); nothing was imported. */
public final class TicketFileException extends RuntimeException {
    public TicketFileException(String message, Throwable cause) {
        super(message, cause);
    }

    public TicketFileException(String message) {
        super(message);
    }
}
