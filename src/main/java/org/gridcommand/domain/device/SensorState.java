package org.gridcommand.domain.device;

/** The state a sensor's latest reading puts it in. */
public enum SensorState {
    NORMAL, WARNING, ALARM, OFFLINE;

    /** Classifies a reading against the sensor's two thresholds (both "higher is worse"). */
    public static SensorState of(double value, double warningThreshold, double alarmThreshold) {
        if (value >= alarmThreshold) {
            return ALARM;
        }
        return value >= warningThreshold ? WARNING : NORMAL;
    }
}
