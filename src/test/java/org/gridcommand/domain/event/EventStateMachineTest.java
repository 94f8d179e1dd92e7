package org.gridcommand.domain.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class EventStateMachineTest {
    final EventStateMachine machine = new EventStateMachine();

    @Test
    void a_refusal_says_what_the_event_is_and_when_the_action_would_be_allowed_in_chinese_and_english() {
        assertThatThrownBy(() -> machine.next(EventState.CLOSED, EventAction.DISPATCH, null))
                .isInstanceOf(IllegalTransitionException.class)
                .hasMessage("案件已结案，不能派遣（仅限已立案、已退回的案件）。 / Cannot dispatch an event that is closed; "
                        + "only one that is registered, returned.");
    }

    @Test
    void a_rework_starts_again_and_a_dissatisfied_rating_reopens_a_closed_event() {
        assertThat(machine.next(EventState.HANDLED, EventAction.REJECT, "现场未整改")).isEqualTo(EventState.REWORK);
        assertThat(machine.next(EventState.REWORK, EventAction.START, null)).isEqualTo(EventState.IN_PROGRESS);
        assertThat(machine.next(EventState.CLOSED, EventAction.REOPEN, "不满意")).isEqualTo(EventState.REWORK);
    }
}
