package org.gridcommand.service.emergency;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.gridcommand.domain.emergency.TriggerCondition;
import org.gridcommand.domain.plan.ResponseLevel;

/**
 * A suggestion to activate a plan at a level, with the evidence a commander needs to accept or dismiss it.
 * It activates nothing by itself.
 *
 * @param condition the trigger line that holds, as written in the plan
 * @param evidence  what was seen, in Chinese (for the command line and logs); a console words {@code facts}
 * @param lon       where it holds (the sensor, or the centre of the event cluster)
 * @param trigger   the trigger line that holds
 * @param facts     what was seen
 * @param exercise  caused by exercise readings (the flood replay): to be shown as an exercise, never acted on live
 */
public record ActivationSuggestion(long planId, String planCode, String planName, ResponseLevel level,
                                   String condition, String evidence, double lon, double lat,
                                   TriggerCondition trigger, Evidence facts, boolean exercise) {

    /** What made the trigger hold. */
    public sealed interface Evidence permits GaugeEvidence, ClusterEvidence {
    }

    /** A sensor beyond the threshold: its latest value, and since when it has been beyond it. */
    public record GaugeEvidence(String sensorCode, double value, Instant since, Duration heldFor)
            implements Evidence {
    }

    /** Events close together in time (and space): how many, and which (at most ten). */
    public record ClusterEvidence(int count, List<Long> eventIds) implements Evidence {
        public ClusterEvidence {
            eventIds = List.copyOf(eventIds);
        }
    }
}
