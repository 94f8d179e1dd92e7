package org.gridcommand.service.intake;

import java.util.LinkedHashMap;
import java.util.Map;
import org.gridcommand.service.event.IntakeResult;

/** The JSON bodies of the endpoint's 202 answers. */
final class IntakeAnswers {
    private IntakeAnswers() {
    }

    static Map<String, Object> of(IntakeResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("event_id", r.event().getId());
        m.put("number", r.event().getNumber());
        m.put("state", r.event().getState().name());
        m.put("placement", r.event().getPlacement() == null ? null : r.event().getPlacement().name());
        m.put("already_known", r.alreadyKnown());
        m.put("proposed_lead", r.proposal() == null || r.proposal().lead() == null ? null : r.proposal().lead().name());
        return m;
    }

    static Map<String, Object> of(SensorReadingResult r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sensor_code", r.sensorCode());
        m.put("state", r.state().name());
        m.put("event_id", r.eventId());
        m.put("event_number", r.eventNumber());
        m.put("event_created", r.eventCreated());
        return m;
    }
}
