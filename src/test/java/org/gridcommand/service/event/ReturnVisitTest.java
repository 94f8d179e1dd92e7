package org.gridcommand.service.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.EventStep;
import org.gridcommand.domain.event.EventTransition;
import org.gridcommand.domain.event.ReturnVisit;
import org.gridcommand.domain.event.Satisfaction;
import org.gridcommand.domain.event.Urgency;
import org.gridcommand.service.event.queue.ReturnVisitQueue;
import org.gridcommand.service.event.queue.VisitCall;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 回访评价: the reporter is called back once their event is closed, and a dissatisfied answer reopens it. */
class ReturnVisitTest {
    @TempDir
    Path dir;
    EventStory story;
    EventService events;
    ReturnVisitQueue visits;

    @BeforeEach
    void open() {
        story = EventStory.onH2(dir);
        events = story.events;
        visits = new ReturnVisitQueue(story.db);
    }

    @AfterEach
    void close() {
        story.close();
    }

    @Test
    void a_closed_hotline_event_waits_for_its_call_with_what_the_unit_did_and_a_rating_ends_the_visit() {
        Event e = closed(Channel.HOTLINE, "010101");
        assertThat(e.getReturnVisit()).isEqualTo(ReturnVisit.PENDING);
        List<VisitCall> calls = visits.awaiting(50);
        assertThat(calls).singleElement().satisfies(c -> {
            assertThat(c.number()).isEqualTo(e.getNumber());
            assertThat(c.reporter()).isEqualTo("市民刘先生");
            assertThat(c.handling()).isEqualTo("摊位已清理");
            assertThat(c.leadUnitName()).isEqualTo("城管局");
            assertThat(c.tries()).isZero();
        });

        Event rated = events.rate(e.getId(), calls.get(0).version(), Satisfaction.SATISFIED, "回访员 周敏", "很及时");

        assertThat(rated.getReturnVisit()).isEqualTo(ReturnVisit.RATED);
        assertThat(rated.getState()).isEqualTo(EventState.CLOSED);
        assertThat(visits.awaiting(50)).isEmpty();
        EventTransition line = last(e);
        assertThat(new EventWords(Locale.SIMPLIFIED_CHINESE).details(line)).isEqualTo("评价：满意；很及时");
        assertThat(new EventWords(Locale.ENGLISH).details(line)).isEqualTo("rating: satisfied; 很及时");
    }

    @Test
    void a_dissatisfied_reporter_sends_the_event_back_to_its_unit_with_a_new_time_limit_and_it_is_called_again() {
        Event e = closed(Channel.HOTLINE, "010101");
        assertThatThrownBy(() -> events.rate(e.getId(), e.getVersion(), Satisfaction.DISSATISFIED, "周敏", " "))
                .satisfies(x -> assertThat(new EventWords(Locale.SIMPLIFIED_CHINESE).refusal(x))
                        .startsWith("“不满意”需要填写群众反映的问题"));
        story.clock.advance(Duration.ofDays(1));

        Event reopened = events.rate(e.getId(), e.getVersion(), Satisfaction.DISSATISFIED, "周敏", "摊位又回来了");

        assertThat(reopened.getState()).isEqualTo(EventState.REWORK);
        assertThat(reopened.getLeadUnitId()).isEqualTo(story.city.chengguan);
        assertThat(reopened.getHandlingDueAt()).as("4 h from the reopening, not the old limit")
                .isEqualTo(story.clock.instant().plus(Duration.ofHours(4)));
        assertThat(events.countdown(reopened).nearDueOrOverdue()).isFalse();
        assertThat(visits.awaiting(50)).isEmpty();
        EventTransition reopen = last(e);
        assertThat(reopen.getStep()).isEqualTo(EventStep.REOPEN);
        assertThat(new EventWords(Locale.SIMPLIFIED_CHINESE).details(reopen))
                .isEqualTo("回访不满意，重新办理；处置时限重新计算；摊位又回来了");
        assertThat(new EventWords(Locale.ENGLISH).details(reopen))
                .isEqualTo("the reporter was dissatisfied: handled again; handling time limit restarted; 摊位又回来了");

        // reworked and closed again: the reporter is called back again
        Event again = reworkAndClose(reopened);
        assertThat(again.getReturnVisit()).isEqualTo(ReturnVisit.PENDING);
        assertThat(visits.awaiting(50)).extracting(VisitCall::id).containsExactly(e.getId());
    }

    @Test
    void calls_that_reach_nobody_end_the_visit_as_not_reachable_after_the_tries_the_center_allows() {
        new ReturnVisitRule(story.db).setTries(2);
        Event e = closed(Channel.HOTLINE, "010101");

        e = events.noAnswer(e.getId(), e.getVersion(), "周敏", "关机");
        assertThat(e.getReturnVisit()).isEqualTo(ReturnVisit.PENDING);
        assertThat(visits.awaiting(50)).singleElement().satisfies(c -> assertThat(c.tries()).isEqualTo(1));
        e = events.noAnswer(e.getId(), e.getVersion(), "周敏", null);

        assertThat(e.getReturnVisit()).isEqualTo(ReturnVisit.UNREACHABLE);
        assertThat(visits.awaiting(50)).isEmpty();
        assertThat(new EventWords(Locale.SIMPLIFIED_CHINESE).details(last(e)))
                .isEqualTo("第 2/2 次未接通；多次无法联系，回访结束");
        long version = e.getVersion();
        long id = e.getId();
        assertThatThrownBy(() -> events.noAnswer(id, version, "周敏", null))
                .satisfies(x -> assertThat(new EventWords(Locale.ENGLISH).refusal(x))
                .endsWith("has no return visit due."));
        assertThatThrownBy(() -> new ReturnVisitRule(story.db).setTries(0)).isInstanceOf(ActionRefusedException.class);
        assertThat(new ReturnVisitRule(story.db).tries()).isEqualTo(2);
    }

    @Test
    void a_sensor_alarm_has_nobody_to_call_back() {
        Event e = closed(Channel.SENSOR, "010101");
        assertThat(e.getReturnVisit()).isNull();
        assertThat(visits.awaiting(50)).isEmpty();
    }

    @Test
    void an_open_event_cannot_be_rated() {
        Event e = story.dispatchedEvent("010101");
        assertThatThrownBy(() -> events.rate(e.getId(), e.getVersion(), Satisfaction.SATISFIED, "周敏", null))
                .satisfies(x -> assertThat(new EventWords(Locale.SIMPLIFIED_CHINESE).refusal(x))
                        .isEqualTo("只能对已结案的案件回访评价（" + e.getNumber() + " 已派遣）。"));
    }

    private Event closed(Channel channel, String category) {
        Event e = events.intake(new IntakeReport(channel, null, category, "占道经营", "早市占道", DemoDistrict.IN_M1[0],
                DemoDistrict.IN_M1[1], "东湖路 1 号", "市民刘先生", story.clock.instant(), Urgency.NORMAL)).event();
        e = events.dispatch(e.getId(), e.getVersion(), story.city.chengguan, List.of(), "李娜", null);
        e = events.accept(e.getId(), e.getVersion(), "城管局赵敏", null);
        e = events.start(e.getId(), e.getVersion(), "城管局赵敏", null);
        e = events.feedback(e.getId(), e.getVersion(), "城管局赵敏", "摊位已清理");
        e = events.verify(e.getId(), e.getVersion(), "网格员王芳", "现场已恢复");
        return events.close(e.getId(), e.getVersion(), "李娜", null);
    }

    private Event reworkAndClose(Event e) {
        e = events.start(e.getId(), e.getVersion(), "城管局赵敏", null);
        e = events.feedback(e.getId(), e.getVersion(), "城管局赵敏", "再次清理并加装隔离栏");
        e = events.verify(e.getId(), e.getVersion(), "网格员王芳", "已无摊位");
        return events.close(e.getId(), e.getVersion(), "李娜", null);
    }

    private EventTransition last(Event e) {
        List<EventTransition> h = events.history(e.getId());
        return h.get(h.size() - 1);
    }
}
