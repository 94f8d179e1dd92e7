package org.gridcommand.ui.emergency;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;
import org.gridcommand.domain.emergency.TriggerCondition;
import org.gridcommand.service.emergency.ActivationSuggestion;
import org.gridcommand.service.emergency.ActivationSuggestion.ClusterEvidence;
import org.gridcommand.service.emergency.ActivationSuggestion.GaugeEvidence;
import org.gridcommand.ui.common.Messages;

/** A trigger suggestion's title and evidence in the console's language, from its facts. */
final class SuggestionWords {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final Messages messages;
    private final ZoneId zone;

    SuggestionWords(Messages messages, ZoneId zone) {
        this.messages = messages;
        this.zone = zone;
    }

    String title(ActivationSuggestion s) {
        return messages.get("suggest.title", s.planName(), messages.get("level." + s.level()));
    }

    String evidence(ActivationSuggestion s) {
        if (s.facts() instanceof GaugeEvidence g && s.trigger() instanceof TriggerCondition.SensorThreshold t) {
            String reading = messages.get("suggest.gauge", messages.get("sensor." + t.kind()), g.sensorCode(),
                    g.value(), t.comparison().symbol(), t.threshold());
            return t.heldFor().isZero() ? reading : reading + messages.get("suggest.held", g.heldFor().toMinutes(),
                    CLOCK.format(g.since().atZone(zone)));
        }
        if (s.facts() instanceof ClusterEvidence c && s.trigger() instanceof TriggerCondition.EventCluster t) {
            String where = t.anywhere() ? "" : messages.get("suggest.radius", t.radiusMeters());
            String which = t.categoryPrefix() == null ? messages.get("suggest.anyCategory")
                    : messages.get("suggest.category", t.categoryPrefix());
            return messages.get("suggest.cluster", t.window().toMinutes(), where, which, c.count(),
                    t.comparison().symbol(), t.count(), c.eventIds().stream().map(id -> "#" + id)
                            .collect(Collectors.joining(messages.get("list.separator"))));
        }
        return s.condition();
    }
}
