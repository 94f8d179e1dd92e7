package org.gridcommand.domain.drill;

/** What an inject simulates arriving at the center. */
public enum InjectType {
    /** A report of an event (a grid worker, a 12345 call, a citizen). */
    EVENT_REPORT,
    /** A series of sensor readings, e.g. a water level rising. */
    SENSOR_SERIES,
    /** An AI camera's alarm. */
    CAMERA_ALARM,
    /** A phone call or message to one player role. */
    MESSAGE,
    /** A warehouse or team becoming unavailable. */
    RESOURCE_UNAVAILABLE
}
