package org.gridcommand.service.intake;

/** A reading names a sensor this database does not have. */
public final class UnknownSensorException extends RuntimeException {
    public UnknownSensorException(String code) {
        super("没有编号为 " + code + " 的传感器。 / No sensor with code '" + code + "'.");
    }
}
