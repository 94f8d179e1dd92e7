package org.gridcommand.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.gridcommand.domain.event.EventAction;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.IllegalTransitionException;
import org.junit.jupiter.api.Test;

class EventPathTest {
    private static final Instant REPORTED = Instant.parse("2026-11-23T01:00:00Z");
    private static final Instant NOW = Instant.parse("2026-11-23T03:00:00Z");

    @Test
    void a_case_whose_next_step_lies_after_now_stays_open_where_it_is() {
        EventPath path = new EventPath(REPORTED, "张三", "暴露垃圾", NOW);

        assertThat(path.act(5, "值班员", EventAction.REGISTER, null)).isTrue();
        assertThat(path.act(20, "值班员", EventAction.DISPATCH, "派遣至翠苑社区居民委员会")).isTrue();
        assertThat(path.act(300, "翠苑社区居民委员会", EventAction.ACCEPT, null)).isFalse();
        assertThat(path.act(1, "翠苑社区居民委员会", EventAction.START, null)).isFalse();

        assertThat(path.state()).isEqualTo(EventState.DISPATCHED);
        assertThat(path.steps).extracting(EventPath.Step::action).containsExactly("REPORT", "REGISTER", "DISPATCH");
    }

    @Test
    void an_overdue_case_still_being_worked_on_is_supervised_once_at_the_planned_time() {
        EventPath path = new EventPath(REPORTED, "张三", "占道经营", NOW);
        path.superviseAt(REPORTED.plusSeconds(3_600), "值班员李四");

        path.act(5, "值班员李四", EventAction.REGISTER, null);
        path.act(10, "值班员李四", EventAction.DISPATCH, "派遣");
        path.act(90, "城管A岗", EventAction.ACCEPT, null);

        assertThat(path.steps).extracting(EventPath.Step::action)
                .containsExactly("REPORT", "REGISTER", "DISPATCH", "SUPERVISE", "ACCEPT");
        EventPath.Step supervision = path.steps.get(3);
        assertThat(supervision.from()).isEqualTo(EventState.DISPATCHED).isEqualTo(supervision.to());
        assertThat(path.supervisions()).isEqualTo(1);
    }

    @Test
    void a_step_the_state_machine_forbids_is_never_written() {
        EventPath path = new EventPath(REPORTED, "张三", "井盖缺失", NOW);

        assertThatThrownBy(() -> path.act(5, "值班员", EventAction.CLOSE, null))
                .isInstanceOf(IllegalTransitionException.class);
        assertThat(path.steps).hasSize(1);
    }
}
