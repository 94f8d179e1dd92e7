package org.gridcommand.service.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.EventNotice;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.EventStep;
import org.gridcommand.domain.event.EventTransition;
import org.gridcommand.domain.event.TimeLimitStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SupervisionAndDuplicatesTest {
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
    void an_event_still_in_time_cannot_be_supervised() {
        Event e = communityLedEvent();
        assertThatThrownBy(() -> events.supervise(e.getId(), e.getVersion(), "李娜", null))
                .isInstanceOf(ActionRefusedException.class)
                .hasMessageContaining("near due or overdue");
        assertThat(events.history(e.getId())).extracting(EventTransition::getStep).doesNotContain(EventStep.SUPERVISE);
    }

    @Test
    void an_overdue_event_is_supervised_with_one_key_escalated_a_level_and_the_units_are_notified() {
        Event e = communityLedEvent();
        story.clock.advance(Duration.ofHours(5)); // 4 h limit
        assertThat(events.countdown(e).status()).isEqualTo(TimeLimitStatus.OVERDUE);

        SupervisionResult first = events.supervise(e.getId(), e.getVersion(), "李娜", "请今日办结");
        assertThat(first.escalatedTo().id()).isEqualTo(story.city.section);
        assertThat(first.notified()).extracting(UnitRef::name).containsExactly("幸福社区居委会", "东湖街道城建板块");
        Event now = first.event();
        assertThat(now.getSupervisionCount()).isEqualTo(1);
        assertThat(now.getLeadUnitId()).isEqualTo(story.city.section);
        assertThat(now.getState()).isEqualTo(EventState.ACCEPTED);
        assertThat(events.coHandlers(e.getId())).extracting(UnitRef::id).contains(story.city.xingfuCommittee);
        assertThat(events.notices(e.getId())).extracting(EventNotice::getKind).containsExactly("SUPERVISE", "ESCALATE");
        EventTransition line = last(e);
        assertThat(line.getStep()).isEqualTo(EventStep.SUPERVISE);
        assertThat(line.getActor()).isEqualTo("李娜");
        assertThat(line.getNote()).isEqualTo("请今日办结");
        assertThat(new EventWords(Locale.ENGLISH).details(line)).contains("escalated to 东湖街道城建板块")
                .contains("notified: 幸福社区居委会, 东湖街道城建板块").endsWith("请今日办结");
        assertThat(new EventWords(Locale.SIMPLIFIED_CHINESE).details(line)).startsWith("第 1 次督办（超期）")
                .contains("升级至 东湖街道城建板块").doesNotContain("escalated");

        // supervised again: the street section hands it to the district department of the 事项
        SupervisionResult second = events.supervise(e.getId(), now.getVersion(), "李娜", null);
        assertThat(second.escalatedTo().code()).isEqualTo("CGJ");
        assertThat(second.event().getSupervisionCount()).isEqualTo(2);
        // and the department has no level above: recorded and notified, the lead stays
        SupervisionResult third = events.supervise(e.getId(), second.event().getVersion(), "指挥长周伟", null);
        assertThat(third.escalatedTo()).isNull();
        assertThat(third.notified()).extracting(UnitRef::code).containsExactly("CGJ");
        assertThat(third.event().getLeadUnitId()).isEqualTo(story.city.chengguan);
    }

    @Test
    void a_near_due_event_can_be_supervised() {
        Event e = communityLedEvent();
        story.clock.advance(Duration.ofMinutes(3 * 60 + 30)); // 30 min left of 4 h: yellow
        assertThat(events.countdown(e).status()).isEqualTo(TimeLimitStatus.WARNING);
        assertThat(events.supervise(e.getId(), e.getVersion(), "李娜", null).event().getSupervisionCount()).isOne();
    }

    @Test
    void a_report_of_the_same_thing_nearby_is_proposed_as_duplicate_and_merging_keeps_both_histories() {
        Event original = story.report("010101", DemoDistrict.IN_M1, "东湖路占道经营").event();
        story.clock.advance(Duration.ofHours(2));
        Event again = story.report("010101", DemoDistrict.NEAR_M1, "东湖路又有摊贩").event();
        story.report("010103", DemoDistrict.NEAR_M1, "道路破损").event(); // other category
        story.report("010101", DemoDistrict.IN_G2, "和平路占道").event(); // over 1 km away
        story.clock.advance(Duration.ofHours(30));
        story.report("010101", DemoDistrict.IN_M1, "两天后又来").event(); // outside 24 h of the first

        List<DuplicateCandidate> proposed = events.duplicatesOf(original.getId());
        assertThat(proposed).extracting(DuplicateCandidate::eventId).containsExactly(again.getId());
        assertThat(proposed.get(0).distanceMeters()).isBetween(40.0, 60.0);

        Event merged = events.merge(again.getId(), proposed.get(0).version(), original.getId(), "李娜", "同一摊位");
        assertThat(merged.getState()).isEqualTo(EventState.MERGED);
        assertThat(merged.getMergedIntoId()).isEqualTo(original.getId());
        assertThat(new EventWords(Locale.SIMPLIFIED_CHINESE).details(last(merged)))
                .isEqualTo("并入 " + original.getNumber() + "；同一摊位");
        assertThat(new EventWords(Locale.ENGLISH).details(last(original)))
                .isEqualTo("absorbed duplicate " + again.getNumber());
        assertThat(events.find(original.getId()).getState()).isEqualTo(EventState.REGISTERED);
        assertThat(events.duplicatesOf(original.getId())).isEmpty();
    }

    private Event communityLedEvent() {
        Event e = story.report("010101", DemoDistrict.IN_M1, "占道经营").event();
        e = events.dispatch(e.getId(), e.getVersion(), story.city.xingfuCommittee, List.of(), "李娜", null);
        return events.accept(e.getId(), e.getVersion(), "社区刘强", null);
    }

    private EventTransition last(Event e) {
        List<EventTransition> h = events.history(e.getId());
        return h.get(h.size() - 1);
    }
}
