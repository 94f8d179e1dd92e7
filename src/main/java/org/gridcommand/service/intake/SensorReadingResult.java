package org.gridcommand.service.intake;

import org.gridcommand.domain.device.SensorState;

/**
 * What a reading did: the sensor's new state and, for an alarm, the event that carries it — new
 * ({@code eventCreated}) or the one already open for this sensor, which got a history note instead.
 */
public record SensorReadingResult(String sensorCode, SensorState state, Long eventId, String eventNumber,
                                  boolean eventCreated) {
}
