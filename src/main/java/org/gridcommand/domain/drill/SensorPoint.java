package org.gridcommand.domain.drill;

import java.time.Duration;

/** One reading of a sensor series, at a scenario time. */
public record SensorPoint(Duration at, double value) {
}
