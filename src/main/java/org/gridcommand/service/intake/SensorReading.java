package org.gridcommand.service.intake;

import java.time.Instant;

/** A reading as the sensor platform posts it; a null time means "now" on the application clock. */
public record SensorReading(String sensorCode, double value, Instant at) {
}
