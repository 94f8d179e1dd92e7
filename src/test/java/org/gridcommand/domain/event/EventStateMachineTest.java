package org.gridcommand.domain.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class EventStateMachineTest {
    final EventStateMachine machine = new EventStateMachine();

    @Test
    void a_refusal_carries_what_the_event_is_and_when_the_action_would_be_allowed_not_finished_words() {
        assertThatThrownBy(() -> machine.next(EventState.CLOSED, EventAction.DISPATCH, null))
                .isInstanceOf(IllegalTransitionException.class)
                .satisfies(x -> assertThat(((Refusal) x).reason()).isEqualTo(Phrase.of("refused.transition",
                        EventState.CLOSED, EventAction.DISPATCH,
                        List.of(EventState.REGISTERED, EventState.RETURNED))));
    }

    @Test
    void a_handling_report_and_an_on_site_check_need_words_a_return_needs_a_reason() {
        assertThatThrownBy(() -> machine.next(EventState.IN_PROGRESS, EventAction.FEEDBACK, " "))
                .satisfies(x -> assertThat(((Refusal) x).reason().key()).isEqualTo("refused.noteRequired"));
        assertThatThrownBy(() -> machine.next(EventState.HANDLED, EventAction.VERIFY, null))
                .satisfies(x -> assertThat(((Refusal) x).reason().key()).isEqualTo("refused.noteRequired"));
        assertThatThrownBy(() -> machine.next(EventState.ACCEPTED, EventAction.RETURN, null))
                .satisfies(x -> assertThat(((Refusal) x).reason().key()).isEqualTo("refused.reasonRequired"));
    }

    @Test
    void a_rework_starts_again_and_a_dissatisfied_rating_reopens_a_closed_event() {
        assertThat(machine.next(EventState.HANDLED, EventAction.REJECT, "现场未整改")).isEqualTo(EventState.REWORK);
        assertThat(machine.next(EventState.REWORK, EventAction.START, null)).isEqualTo(EventState.IN_PROGRESS);
        assertThat(machine.next(EventState.CLOSED, EventAction.REOPEN, "不满意")).isEqualTo(EventState.REWORK);
    }
}
