package org.gridcommand.service.emergency;

import java.time.Instant;
import org.gridcommand.domain.device.SensorKind;

/**
 * One reading of one sensor, as the trigger evaluation sees it.
 *
 * @param exercise made up for an exercise (the flood replay): never stored, and what it causes is marked
 */
public record SensorReading(String sensorCode, SensorKind kind, double lon, double lat, double value, Instant at,
                            boolean exercise) {
}
