package org.gridcommand.domain.emergency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.gridcommand.domain.device.SensorKind;
import org.junit.jupiter.api.Test;

/** The plan editor's lines: needs, actions and triggers read the way administrators write them. */
class PlanLinesTest {
    @Test
    void needs_read_items_skills_and_fields_and_refuse_bad_lines_with_the_column() {
        assertThat(NeedLine.parseAll("ITEM|SANDBAG|5000\n# comment\n\nTEAM|防汛抢险|60\nEXPERT|水利|2"))
                .containsExactly(new NeedLine(NeedKind.ITEM, "SANDBAG", 5000),
                        new NeedLine(NeedKind.TEAM, "防汛抢险", 60), new NeedLine(NeedKind.EXPERT, "水利", 2));
        assertThatThrownBy(() -> NeedLine.parse("BOAT|X|1")).hasMessageContaining("unknown need kind 'BOAT'");
        assertThatThrownBy(() -> NeedLine.parse("ITEM|SANDBAG|lots")).hasMessageContaining("positive whole number")
                .hasMessageContaining("column 14");
        assertThatThrownBy(() -> NeedLine.parse("ITEM|SANDBAG")).hasMessageContaining("three parts");
    }

    @Test
    void actions_name_a_unit_kind_or_code_and_a_task() {
        assertThat(ActionLine.parseAll("COMMUNITY|组织转移\nWB001|发布水情"))
                .containsExactly(new ActionLine("COMMUNITY", "组织转移"), new ActionLine("WB001", "发布水情"));
        assertThatThrownBy(() -> ActionLine.parseAll("组织转移")).isInstanceOf(PlanFormatException.class);
    }

    @Test
    void triggers_read_sensor_thresholds_held_for_a_while_and_event_clusters() {
        TriggerCondition water = TriggerCondition.parse("WATER_LEVEL >= 4.5 FOR 30m");
        assertThat(water).isEqualTo(new TriggerCondition.SensorThreshold(SensorKind.WATER_LEVEL, Comparison.AT_LEAST,
                4.5, Duration.ofMinutes(30)));
        TriggerCondition events = TriggerCondition.parse("EVENTS category=C0101 >= 5 WITHIN 60m RADIUS 1km");
        assertThat(events).isEqualTo(new TriggerCondition.EventCluster("C0101", Comparison.AT_LEAST, 5,
                Duration.ofHours(1), 1000));
        assertThat(TriggerCondition.parse(events.text())).isEqualTo(events);
        assertThat(TriggerCondition.parse("gas > 20")).isInstanceOf(TriggerCondition.SensorThreshold.class);
        assertThat(TriggerCondition.parseAll(null)).isEmpty();
    }

    @Test
    void a_bad_trigger_says_where_and_what_was_expected() {
        assertThatThrownBy(() -> TriggerCondition.parse("RAINFALL >= 50"))
                .hasMessageContaining("unknown sensor kind 'RAINFALL'").hasMessageContaining("column 1");
        assertThatThrownBy(() -> TriggerCondition.parse("WATER_LEVEL => 4.5"))
                .hasMessageContaining("expected a comparison").hasMessageContaining("column 13");
        assertThatThrownBy(() -> TriggerCondition.parse("WATER_LEVEL >= 4.5 FOR 30 minutes"))
                .hasMessageContaining("'30' is not a duration");
        assertThatThrownBy(() -> TriggerCondition.parse("EVENTS >= 5 IN 60m")).hasMessageContaining("expected WITHIN");
        assertThatThrownBy(() -> TriggerCondition.parse("WATER_LEVEL >=")).hasMessageContaining("line ends");
    }
}
