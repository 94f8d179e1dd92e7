package org.gridcommand.service.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.EventStep;
import org.gridcommand.domain.event.EventTransition;
import org.gridcommand.domain.event.IllegalTransitionException;
import org.gridcommand.domain.event.Satisfaction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventLifecycleTest {
    @TempDir
    Path dir;
    EventStory story;
    EventService events;

    @BeforeEach
    void open() {
        story = EventStory.onH2(dir);
        events = story.events;
    }

    @AfterEach
    void close() {
        story.close();
    }

    @Test
    void the_history_of_a_reworked_and_closed_event_contains_every_step_in_order() {
        Event e = story.report("010101", DemoDistrict.IN_M1, "东湖路占道经营").event();
        e = events.dispatch(e.getId(), e.getVersion(), story.city.xingfuCommittee, List.of(), "李娜", null);
        e = events.accept(e.getId(), e.getVersion(), "社区刘强", null);
        e = events.start(e.getId(), e.getVersion(), "社区刘强", null);
        e = events.feedback(e.getId(), e.getVersion(), "社区刘强", "摊位已清理");
        e = events.reject(e.getId(), e.getVersion(), "网格员王芳", "现场仍有摊位");
        e = events.start(e.getId(), e.getVersion(), "社区刘强", null);
        e = events.feedback(e.getId(), e.getVersion(), "社区刘强", "已全部清理");
        e = events.verify(e.getId(), e.getVersion(), "网格员王芳", "现场已恢复");
        e = events.close(e.getId(), e.getVersion(), "李娜", null);
        e = events.rate(e.getId(), e.getVersion(), Satisfaction.SATISFIED, "李娜", "回访满意");

        assertThat(e.getState()).isEqualTo(EventState.CLOSED);
        assertThat(e.getClosedAt()).isEqualTo(story.clock.instant());
        List<EventTransition> history = events.history(e.getId());
        assertThat(history).extracting(EventTransition::getStep).containsExactly(
                EventStep.REPORT, EventStep.REGISTER, EventStep.DISPATCH, EventStep.ACCEPT, EventStep.START,
                EventStep.FEEDBACK, EventStep.REJECT, EventStep.START, EventStep.FEEDBACK, EventStep.VERIFY,
                EventStep.CLOSE, EventStep.RATE);
        assertThat(history).extracting(EventTransition::getToState).containsExactly(
                EventState.REPORTED, EventState.REGISTERED, EventState.DISPATCHED, EventState.ACCEPTED,
                EventState.IN_PROGRESS, EventState.HANDLED, EventState.REWORK, EventState.IN_PROGRESS,
                EventState.HANDLED, EventState.VERIFIED, EventState.CLOSED, EventState.CLOSED);
        assertThat(history.get(6).getNote()).isEqualTo("现场仍有摊位");
        assertThat(history.get(6).getActor()).isEqualTo("网格员王芳");
        for (int i = 1; i < history.size(); i++) {
            assertThat(history.get(i).getFromState()).isEqualTo(history.get(i - 1).getToState());
        }
    }

    @Test
    void a_returned_event_goes_back_to_the_centers_queue_with_the_reason_and_can_be_dispatched_again() {
        Event e = story.dispatchedEvent("010101");
        e = events.returnToCenter(e.getId(), e.getVersion(), "城管局赵敏", "属社区职责，非本部门");

        assertThat(e.getState()).isEqualTo(EventState.RETURNED);
        assertThat(e.getLeadUnitId()).isNull();
        EventTransition last = last(e);
        assertThat(last.getNote()).isEqualTo("属社区职责，非本部门");
        assertThat(last.getUnitId()).isEqualTo(story.city.chengguan);
        assertThat(events.queue(EventQueueFilter.OPEN.inStates(Set.of(EventState.RETURNED)), 0, 10).rows())
                .extracting(EventQueueRow::id).containsExactly(e.getId());

        e = events.dispatch(e.getId(), e.getVersion(), story.city.xingfuCommittee, List.of(story.city.section),
                "李娜", "改派社区");
        assertThat(e.getState()).isEqualTo(EventState.DISPATCHED);
        assertThat(events.coHandlers(e.getId())).extracting(UnitRef::name).containsExactly("东湖街道城建板块");
    }

    @Test
    void returning_without_a_reason_is_refused() {
        Event e = story.dispatchedEvent("010101");
        assertThatThrownBy(() -> events.returnToCenter(e.getId(), e.getVersion(), "城管局赵敏", " "))
                .isInstanceOf(IllegalTransitionException.class).hasMessageContaining("say why");
    }

    @Test
    void a_dissatisfied_citizen_reopens_the_event_for_rework() {
        Event e = closedEvent();
        e = events.rate(e.getId(), e.getVersion(), Satisfaction.DISSATISFIED, "李娜", "摊位又回来了");

        assertThat(e.getState()).isEqualTo(EventState.REWORK);
        assertThat(e.getSatisfaction()).isEqualTo(Satisfaction.DISSATISFIED);
        assertThat(e.getClosedAt()).isNull();
        List<EventTransition> h = events.history(e.getId());
        assertThat(h.subList(h.size() - 2, h.size())).extracting(EventTransition::getStep)
                .containsExactly(EventStep.RATE, EventStep.REOPEN);
    }

    @Test
    void an_illegal_step_is_refused_in_words_an_officer_understands_and_changes_nothing() {
        Event e = closedEvent();
        int before = events.history(e.getId()).size();
        assertThatThrownBy(() -> events.dispatch(e.getId(), e.getVersion(), story.city.chengguan, List.of(), "李娜",
                null))
                .isInstanceOf(IllegalTransitionException.class)
                .satisfies(x -> {
                    assertThat(new EventWords(Locale.SIMPLIFIED_CHINESE).refusal(x))
                            .isEqualTo("案件已结案，不能派遣（仅限已立案、已退回的案件）。");
                    assertThat(new EventWords(Locale.ENGLISH).refusal(x))
                            .isEqualTo("Cannot dispatch an event that is closed; "
                                    + "only one that is registered, returned.");
                });
        Event after = events.find(e.getId());
        assertThat(after.getVersion()).isEqualTo(e.getVersion());
        assertThat(events.history(e.getId())).hasSize(before);
    }

    @Test
    void a_stale_version_is_refused_with_who_did_what_and_when() {
        Event seen = story.report("010101", DemoDistrict.IN_M1, "占道经营").event();
        story.clock.set(LocalDateTime.of(2026, 11, 24, 10, 42).atZone(TestClock.SHANGHAI).toInstant());
        events.dispatch(seen.getId(), seen.getVersion(), story.city.chengguan, List.of(), "李娜", null);

        assertThatThrownBy(() -> events.dispatch(seen.getId(), seen.getVersion(), story.city.xingfuCommittee,
                List.of(), "陈刚", null))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessageContaining("Already dispatched by 李娜 at 10:42 to 城管局")
                .satisfies(x -> assertThat(new EventWords(Locale.SIMPLIFIED_CHINESE).refusal(x))
                        .startsWith("已被 李娜 于 10:42 派遣（城管局）"));
        assertThat(events.find(seen.getId()).getLeadUnitId()).isEqualTo(story.city.chengguan);
    }

    @Test
    void cancelling_needs_a_reason_and_then_the_event_leaves_the_queue() {
        Event e = story.report("010101", DemoDistrict.IN_M1, "误报").event();
        assertThatThrownBy(() -> events.cancel(e.getId(), e.getVersion(), "李娜", null))
                .isInstanceOf(IllegalTransitionException.class);
        Event cancelled = events.cancel(e.getId(), e.getVersion(), "李娜", "重复来电，误报");
        assertThat(cancelled.getState()).isEqualTo(EventState.CANCELLED);
        assertThat(events.queue(EventQueueFilter.OPEN, 0, 50).rows()).isEmpty();
    }

    @Test
    void a_dispatch_rule_overrides_the_difficulty_and_the_most_specific_rule_wins() {
        Event e = story.report("010101", DemoDistrict.IN_M1, "占道经营").event();
        story.city.rule("01", null, "ZJJ", List.of(), 0);
        assertThat(events.proposeDispatch(e.getId()).lead().code()).isEqualTo("ZJJ");
        story.city.rule("010101", null, "CGJ", List.of("C01"), 0);
        story.city.rule("010101", "D01S01C01", "S01-CJ", List.of("C01", "CGJ"), 0);
        DispatchProposal p = events.proposeDispatch(e.getId());
        assertThat(p.lead().code()).isEqualTo("S01-CJ");
        assertThat(p.coHandlers()).extracting(UnitRef::code).containsExactly("C01", "CGJ");
        // the same category in the other community: the area rule does not apply
        Event other = story.report("010101", DemoDistrict.IN_G2, "占道经营").event();
        assertThat(events.proposeDispatch(other.getId()).lead().code()).isEqualTo("CGJ");
    }

    private Event closedEvent() {
        Event e = story.dispatchedEvent("010101");
        e = events.accept(e.getId(), e.getVersion(), "城管局赵敏", null);
        e = events.start(e.getId(), e.getVersion(), "城管局赵敏", null);
        e = events.feedback(e.getId(), e.getVersion(), "城管局赵敏", "已清理");
        story.clock.advance(Duration.ofMinutes(30));
        e = events.verify(e.getId(), e.getVersion(), "网格员王芳", "现场已清理");
        return events.close(e.getId(), e.getVersion(), "李娜", null);
    }

    private EventTransition last(Event e) {
        List<EventTransition> h = events.history(e.getId());
        return h.get(h.size() - 1);
    }
}
