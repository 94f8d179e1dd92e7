package org.gridcommand.service.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.EventState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** 派件退回 and re-dispatch: the unit that said "not ours" is not proposed again, and the proposal says why. */
class RedispatchTest {
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
    void a_returned_small_case_is_not_proposed_to_the_community_that_returned_it_and_the_proposal_says_why() {
        Event e = story.report("010101", DemoDistrict.IN_M1, "占道经营").event();
        DispatchProposal first = events.proposeDispatch(e.getId());
        assertThat(first.lead().id()).as("小事 → the community").isEqualTo(story.city.xingfuCommittee);
        assertThat(first.avoided()).isNull();
        e = events.dispatch(e.getId(), e.getVersion(), first.lead().id(), first.coHandlers().stream()
                .map(UnitRef::id).toList(), "李娜", null);
        e = events.returnToCenter(e.getId(), e.getVersion(), "幸福社区居委会", "属城管执法职责");
        assertThat(e.getState()).isEqualTo(EventState.RETURNED);

        DispatchProposal again = events.proposeDispatch(e.getId());

        assertThat(again.lead().id()).as("the category's department instead").isEqualTo(story.city.chengguan);
        EventWords zh = new EventWords(Locale.SIMPLIFIED_CHINESE);
        EventWords en = new EventWords(Locale.ENGLISH);
        assertThat(zh.say(again.basis())).isEqualTo("无属地单位，按事项默认部门");
        assertThat(zh.say(again.avoided())).isEqualTo("未建议 幸福社区居委会：该单位刚退回此案件（非其职责）。");
        assertThat(en.say(again.avoided()))
                .isEqualTo("幸福社区居委会 is not proposed: it has just returned this event as not its duty.");
        assertThat(en.details(events.history(e.getId()).get(events.history(e.getId()).size() - 1)))
                .isEqualTo("returned by 幸福社区居委会; 属城管执法职责");
    }
}
