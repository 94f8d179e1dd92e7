package org.gridcommand.service.intake;

/** A request to the intake endpoint that cannot be understood; answered with 400 and this message. */
public final class BadRequestException extends RuntimeException {
    public BadRequestException(String message) {
        super(message);
    }
}
