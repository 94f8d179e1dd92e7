package org.gridcommand.service.intake;

/** The mapping file is missing, unreadable or says something impossible; nothing was imported. */
public final class TicketMappingException extends RuntimeException {
    public TicketMappingException(String message) {
        super(message);
    }

    public TicketMappingException(String message, Throwable cause) {
        super(message, cause);
    }
}
