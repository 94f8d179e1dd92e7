package org.gridcommand.service.intake;

/** A reading names a sensor this database does not have. */
public final class UnknownSensorException extends RuntimeException {
    public UnknownSensorException(String code) {
        // said to a sending system (HTTP 404), which reads English, as every answer of the intake endpoint
        super("No sensor with code '" + code + "'.");
    }
}
