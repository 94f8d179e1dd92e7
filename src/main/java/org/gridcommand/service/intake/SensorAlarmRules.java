package org.gridcommand.service.intake;

import java.util.EnumMap;
import java.util.Map;
import org.gridcommand.domain.device.SensorKind;

/**
 * Which 事项 an alarm of each kind of sensor is registered as (e.g. WATER_LEVEL → 道路积水). A kind without a
 * code still raises its alarm event, which then waits in triage. The taxonomy is each city's data, so these are
 * configured, not built in.
 */
public record SensorAlarmRules(Map<SensorKind, String> categoryCodes) {
    public SensorAlarmRules {
        categoryCodes = categoryCodes == null || categoryCodes.isEmpty() ? Map.of()
                : Map.copyOf(new EnumMap<>(categoryCodes));
    }

    /** No codes: every alarm goes to triage. */
    public static SensorAlarmRules triageOnly() {
        return new SensorAlarmRules(Map.of());
    }

    /** The 事项 code for an alarm of {@code kind}, or null. */
    public String categoryFor(SensorKind kind) {
        return categoryCodes.get(kind);
    }
}
