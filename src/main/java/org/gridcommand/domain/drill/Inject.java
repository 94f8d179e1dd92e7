package org.gridcommand.domain.drill;

import java.time.Duration;
import java.util.List;

/**
 * One line of the master scenario events list (MSEL). {@code at} is its scenario time; a contingency inject is
 * delivered only when an expected action naming it is missed (then at that action's deadline), never on schedule.
 * {@code device} is the sensor or camera code for those types, {@code resource} the warehouse or team code that
 * becomes unavailable.
 */
public record Inject(int number, Duration at, InjectType type, String originator, PlayerRole playerRole,
                     String content,
                     InjectLocation location, String category, String device, List<SensorPoint> readings,
                     String resource, boolean contingency, List<ExpectedAction> expected) {
    public Inject {
        readings = List.copyOf(readings);
        expected = List.copyOf(expected);
        location = location == null ? InjectLocation.NONE : location;
    }
}
