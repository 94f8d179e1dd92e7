package org.gridcommand.domain.device;

/** Kinds of IoT sensors that raise alarms into the console. */
public enum SensorKind {
    /** 水位计 (metres) */
    WATER_LEVEL,
    /** 智能井盖 (tilt, degrees) */
    MANHOLE_COVER,
    /** 烟感 (obscuration, %/m) */
    SMOKE,
    /** 燃气 (%LEL) */
    GAS
}
