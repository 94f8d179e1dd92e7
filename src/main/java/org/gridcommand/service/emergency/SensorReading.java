package org.gridcommand.service.emergency;

import java.time.Instant;
import org.gridcommand.domain.device.SensorKind;

/** One reading of one sensor, as the trigger evaluation sees it. */
public record SensorReading(String sensorCode, SensorKind kind, double lon, double lat, double value, Instant at) {
}
