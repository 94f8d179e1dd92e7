package org.gridcommand.domain.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DispatchRuleTest {
    static final List<String> XINGFU = List.of("D01S01", "D01S01C01", "D01S01C01G01");
    final DispatchRule major = new DispatchRule(1, "01", null, "ZJJ", List.of(), 0, null);
    final DispatchRule item = new DispatchRule(2, "010101", null, "CGJ", List.of(), 0, null);
    final DispatchRule itemInStreet = new DispatchRule(3, "010101", "D01S01", "S01", List.of("C01"), 0, null);
    final DispatchRule itemInStreetUrgent = new DispatchRule(4, "010101", "D01S01", "S02", List.of(), 5, null);

    @Test
    void the_longest_category_code_then_the_longest_area_prefix_then_the_priority_wins() {
        assertThat(DispatchRule.mostSpecific(List.of(major, item), "010101", XINGFU)).contains(item);
        assertThat(DispatchRule.mostSpecific(List.of(major, item, itemInStreet), "010101", XINGFU))
                .contains(itemInStreet);
        assertThat(DispatchRule.mostSpecific(List.of(itemInStreet, itemInStreetUrgent), "010101", XINGFU))
                .contains(itemInStreetUrgent);
        assertThat(DispatchRule.mostSpecific(List.of(major, item, itemInStreet), "010101", List.of())).contains(item);
        assertThat(DispatchRule.mostSpecific(List.of(item), "020101", XINGFU)).isEmpty();
        assertThat(itemInStreet.getCoHandlerCodes()).containsExactly("C01");
    }
}
