package org.gridcommand.service.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.EventStep;
import org.gridcommand.domain.event.EventTransition;
import org.gridcommand.domain.event.Placement;
import org.gridcommand.domain.event.Urgency;
import org.gridcommand.domain.time.WorkingCalendar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IntakeTest {
    @TempDir
    Path dir;
    EventStory story;

    @BeforeEach
    void open() {
        story = EventStory.onH2(dir);
    }

    @AfterEach
    void close() {
        story.close();
    }

    @Test
    void a_grid_worker_report_is_located_registered_given_its_time_limits_and_a_proposed_dispatch() {
        IntakeResult result = story.report("010101", DemoDistrict.IN_M1, "东湖路占道经营");
        Event e = result.event();

        assertThat(e.getState()).isEqualTo(EventState.REGISTERED);
        assertThat(e.getPlacement()).isEqualTo(Placement.IN_GRID);
        assertThat(List.of(e.getMicroGridId(), e.getGridId(), e.getCommunityId(), e.getStreetId()))
                .containsExactly(story.city.m1, story.city.g1, story.city.xingfu, story.city.street);
        assertThat(e.getResponseDueAt()).isEqualTo(EventStory.TUESDAY_10AM.plus(Duration.ofMinutes(60)));
        assertThat(e.getHandlingDueAt()).isEqualTo(EventStory.TUESDAY_10AM.plus(Duration.ofHours(4)));
        assertThat(e.getNumber()).startsWith("SJ20261124-");
        // 小事 → the community leads
        assertThat(result.proposal().lead().id()).isEqualTo(story.city.xingfuCommittee);
        assertThat(story.events.history(e.getId())).extracting(EventTransition::getStep)
                .containsExactly(EventStep.REPORT, EventStep.REGISTER);
        assertThat(story.events.history(e.getId()).get(0).getActor()).isEqualTo("网格员王芳");
    }

    @Test
    void a_description_longer_than_its_column_is_refused_with_its_length_and_nothing_is_stored() {
        String description = "夜间施工噪音。".repeat(600); // 4,200 characters: 200 more than the column holds
        long before = story.events.queue(EventQueueFilter.OPEN, 0, 500).rows().size();

        assertThatThrownBy(() -> story.events.intake(new IntakeReport(Channel.HOTLINE, "12345-0002", "010101",
                "噪音扰民", description, null, null, "东湖路 8 号", "市民张先生", null, Urgency.NORMAL)))
                .isInstanceOfSatisfying(ActionRefusedException.class, refused -> {
                    assertThat(new EventWords(Locale.SIMPLIFIED_CHINESE).refusal(refused))
                            .isEqualTo("描述有 4200 个字，最多 4000 个：请缩短后再保存（不会截断）。");
                    assertThat(new EventWords(Locale.ENGLISH).refusal(refused))
                            .isEqualTo("The description has 4200 characters; at most 4000 fit: shorten it "
                                    + "(nothing is cut).");
                });
        assertThat(story.events.queue(EventQueueFilter.OPEN, 0, 500).rows().size()).isEqualTo(before);
    }

    @Test
    void a_long_description_without_a_title_is_kept_whole_and_titled_by_its_first_words() {
        String description = "东湖路 8 号工地夜间施工，噪音很大。".repeat(20); // 380 characters, no title
        Event e = story.events.intake(new IntakeReport(Channel.HOTLINE, "12345-0003", "010101", null,
                description, null, null, "东湖路 8 号", "市民张先生", null, Urgency.NORMAL)).event();
        assertThat(e.getDescription()).isEqualTo(description);
        assertThat(e.getTitle()).hasSize(200).endsWith("…").startsWith("东湖路 8 号工地夜间施工");
    }

    @Test
    void a_point_in_a_grid_without_micro_grids_is_still_located_in_its_grid() {
        Event e = story.report("010101", DemoDistrict.IN_G2, "和平路占道").event();
        assertThat(e.getMicroGridId()).isNull();
        assertThat(e.getGridId()).isEqualTo(story.city.g2);
        assertThat(e.getCommunityId()).isEqualTo(story.city.heping);
    }

    @Test
    void a_report_outside_every_grid_is_flagged_and_stays_in_the_queue() {
        Event e = story.report("010101", DemoDistrict.OUTSIDE, "城外占道").event();

        assertThat(e.getPlacement()).isEqualTo(Placement.OUTSIDE_GRIDS);
        assertThat(e.getGridId()).isNull();
        EventTransition report = story.events.history(e.getId()).get(0);
        assertThat(new EventWords(Locale.ENGLISH).details(report)).isEqualTo("outside every grid: place it by hand");
        assertThat(new EventWords(Locale.SIMPLIFIED_CHINESE).details(report)).isEqualTo("不在任何网格内，需人工定位");
        assertThat(story.events.queue(EventQueueFilter.OPEN, 0, 50).rows())
                .anySatisfy(r -> assertThat(r.id()).isEqualTo(e.getId()));
        // no community to lead it: the category's default department is proposed instead
        assertThat(story.events.proposeDispatch(e.getId()).lead().code()).isEqualTo("CGJ");
    }

    @Test
    void a_hotline_ticket_with_an_unknown_category_waits_in_triage_until_the_officer_classifies_it() {
        IntakeResult r = story.events.intake(new IntakeReport(Channel.HOTLINE, "12345-0001", "X-99", "噪音扰民",
                "夜间施工噪音", null, null, "东湖路 8 号", "市民张先生", null, Urgency.NORMAL));
        Event e = r.event();
        assertThat(e.getState()).isEqualTo(EventState.REPORTED);
        assertThat(e.getPlacement()).isEqualTo(Placement.NO_COORDINATES);
        assertThat(e.getHandlingDueAt()).isNull();
        assertThat(r.proposal().isEmpty()).isTrue();
        assertThat(story.events.queue(EventQueueFilter.OPEN.inStates(Set.of(EventState.REPORTED)), 0, 10)
                .rows()).extracting(EventQueueRow::id).containsExactly(e.getId());

        story.clock.advance(Duration.ofMinutes(10));
        Event registered = story.events.register(e.getId(), e.getVersion(), "010101", "李娜", "分拣为占道经营");
        assertThat(registered.getState()).isEqualTo(EventState.REGISTERED);
        // the limits start when it is registered, not when it arrived
        assertThat(registered.getHandlingDueAt()).isEqualTo(story.clock.instant().plus(Duration.ofHours(4)));
    }

    @Test
    void the_same_hotline_ticket_delivered_twice_is_recorded_once() {
        IntakeReport ticket = new IntakeReport(Channel.HOTLINE, "12345-0002", "010101", "占道经营", null,
                DemoDistrict.IN_M1[0], DemoDistrict.IN_M1[1], null, null, null, null);
        IntakeResult first = story.events.intake(ticket);
        IntakeResult second = story.events.intake(ticket);
        assertThat(second.alreadyKnown()).isTrue();
        assertThat(second.event().getId()).isEqualTo(first.event().getId());
        assertThat(story.events.history(first.event().getId())).hasSize(2);
    }

    @Test
    void a_hard_case_reported_on_friday_afternoon_counts_only_working_hours_and_skips_the_holiday() {
        // Friday 27 November 17:00; Monday 30 November is a holiday
        story.clock.set(LocalDateTime.of(2026, 11, 27, 17, 0).atZone(TestClock.SHANGHAI).toInstant());
        EventService withHoliday = new EventService(story.db, story.clock, new SqlAreaLocator(story.db),
                WorkingCalendar.standard(Set.of(LocalDate.of(2026, 11, 30)), Set.of()));
        Event e = withHoliday.intake(new IntakeReport(Channel.DUTY_OFFICER, null, "010102", "违章搭建", null,
                DemoDistrict.IN_M1[0], DemoDistrict.IN_M1[1], null, "李娜", null, null)).event();
        // 2 working hours for the response: Fri 17:00–18:00, then Tue 09:00–10:00
        assertThat(e.getResponseDueAt()).isEqualTo(
                LocalDateTime.of(2026, 12, 1, 10, 0).atZone(TestClock.SHANGHAI).toInstant());
        // 难事 → the category's district department
        assertThat(withHoliday.proposeDispatch(e.getId()).lead().code()).isEqualTo("CGJ");
    }

    @Test
    void a_big_case_goes_to_the_street_section_with_the_community_as_co_handler() {
        Event e = story.report("010103", DemoDistrict.IN_M1, "道路塌陷").event();
        DispatchProposal p = story.events.proposeDispatch(e.getId());
        assertThat(p.lead().id()).isEqualTo(story.city.section);
        assertThat(p.coHandlers()).extracting(UnitRef::id).containsExactly(story.city.xingfuCommittee);
        assertThat(p.basis().key()).isEqualTo("basis.big");
        assertThat(new EventWords(Locale.SIMPLIFIED_CHINESE).say(p.basis())).contains("大事");
    }
}
