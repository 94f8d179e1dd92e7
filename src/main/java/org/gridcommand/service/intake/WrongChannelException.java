package org.gridcommand.service.intake;

/**
 * A sending system that posted what its token does not allow: a report on another channel than the one its token
 * is bound to, or a sensor reading with a token that is not the sensor platform's. Answered 403; nothing recorded.
 */
final class WrongChannelException extends RuntimeException {
    WrongChannelException(String message) {
        super(message);
    }
}
