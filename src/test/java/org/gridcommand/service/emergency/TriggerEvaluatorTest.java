package org.gridcommand.service.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.gridcommand.domain.device.SensorKind;
import org.gridcommand.domain.plan.EmergencyType;
import org.gridcommand.domain.plan.Plan;
import org.gridcommand.domain.plan.PlanLevel;
import org.gridcommand.domain.plan.ResponseLevel;
import org.junit.jupiter.api.Test;

/** The console suggests a plan and level with the evidence; it never activates anything itself. */
class TriggerEvaluatorTest {
    private final Instant now = Instant.parse("2026-07-12T10:00:00Z");
    private final Plan flood = new Plan(1, "FLOOD-01", 2, "防汛应急预案", EmergencyType.FLOOD, null);
    private final List<PlanTrigger> triggers = List.of(
            new PlanTrigger(flood, new PlanLevel(10, 1, ResponseLevel.I, "WATER_LEVEL >= 4.5 FOR 30m", null, null)),
            new PlanTrigger(flood, new PlanLevel(11, 1, ResponseLevel.III, "WATER_LEVEL >= 3.8", null, null)),
            new PlanTrigger(new Plan(2, "WLOG-01", 1, "内涝应急预案", EmergencyType.WATERLOGGING, null),
                    new PlanLevel(20, 2, ResponseLevel.II, "EVENTS category=C0101 >= 5 WITHIN 60m RADIUS 1000m",
                            null, null)));
    private final TriggerEvaluator evaluator = new TriggerEvaluator();

    private List<SensorReading> gauge(double... everyTenMinutes) {
        List<SensorReading> readings = new ArrayList<>();
        for (int i = 0; i < everyTenMinutes.length; i++) {
            readings.add(new SensorReading("WL-RIVER-01", SensorKind.WATER_LEVEL, 121.47, 31.23, everyTenMinutes[i],
                    now.minus(Duration.ofMinutes(10L * (everyTenMinutes.length - 1 - i))), false));
        }
        return readings;
    }

    @Test
    void a_gauge_above_its_line_for_half_an_hour_suggests_level_one_with_the_evidence() {
        List<ActivationSuggestion> s = evaluator.evaluate(triggers, gauge(4.0, 4.6, 4.7, 4.8, 4.9), List.of(), now);
        assertThat(s).singleElement().satisfies(x -> {
            assertThat(x.planCode()).isEqualTo("FLOOD-01");
            assertThat(x.level()).isEqualTo(ResponseLevel.I);
            assertThat(x.evidence()).contains("WL-RIVER-01").contains("4.90").contains("已持续 30 分钟");
        });
    }

    @Test
    void a_gauge_that_only_just_crossed_suggests_the_lower_level_and_a_dip_resets_the_duration() {
        assertThat(evaluator.evaluate(triggers, gauge(3.0, 3.5, 4.6), List.of(), now))
                .extracting(ActivationSuggestion::level).containsExactly(ResponseLevel.III);
        assertThat(evaluator.evaluate(triggers, gauge(4.6, 4.7, 4.4, 4.6, 4.7), List.of(), now))
                .extracting(ActivationSuggestion::level).containsExactly(ResponseLevel.III);
        assertThat(evaluator.evaluate(triggers, gauge(2.0, 2.1), List.of(), now)).isEmpty();
    }

    @Test
    void five_waterlogging_reports_close_together_within_the_hour_suggest_the_waterlogging_plan() {
        List<EventReport> events = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            events.add(new EventReport(100 + i, "C010102", 121.47 + i * 0.001, 31.23, now.minus(Duration.ofMinutes(
                    5 * i))));
        }
        events.add(new EventReport(200, "C010102", 121.60, 31.23, now.minusSeconds(60))); // far away
        events.add(new EventReport(201, "C0201", 121.47, 31.23, now.minusSeconds(60))); // another category
        assertThat(evaluator.evaluate(triggers, List.of(), events, now)).singleElement().satisfies(x -> {
            assertThat(x.planCode()).isEqualTo("WLOG-01");
            assertThat(x.evidence()).contains("5 起").contains("#100").doesNotContain("#200");
        });
        // an hour later the cluster is history
        assertThat(evaluator.evaluate(triggers, List.of(), events, now.plus(Duration.ofMinutes(61)))).isEmpty();
    }
}
