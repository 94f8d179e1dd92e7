package org.gridcommand.service.triage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.assertj.core.data.Offset;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.EventStep;
import org.gridcommand.domain.event.EventTransition;
import org.gridcommand.domain.event.Urgency;
import org.gridcommand.domain.triage.WaitingReport;
import org.gridcommand.service.event.ConcurrentChangeException;
import org.gridcommand.service.event.DispatchProposal;
import org.gridcommand.service.event.DuplicateCandidate;
import org.gridcommand.service.event.IntakeReport;
import org.gridcommand.store.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The night duty officer works the reports waiting for registration (待立案). */
class TriageDeskTest {
    @TempDir
    Path dir;
    TriageTown town;
    TriageDesk desk;

    @BeforeEach
    void open() {
        town = new TriageTown(TestDatabases.h2(dir));
        desk = town.desk;
    }

    @AfterEach
    void close() {
        town.close();
    }

    @Test
    void reports_wait_most_urgent_first_and_oldest_first_with_their_place_and_source() {
        Event old = town.report(Channel.GRID_WORKER, "路边有渣土", TriageTown.IN_G1, Urgency.NORMAL);
        town.clock.advance(Duration.ofMinutes(10));
        Event urgentLater = town.report(Channel.HOTLINE, "路面塌了一个坑", TriageTown.IN_G2, Urgency.URGENT);
        town.clock.advance(Duration.ofMinutes(10));
        Event critical = town.report(Channel.AI_CAMERA, "疑似危化品泄漏", TriageTown.IN_G1, Urgency.CRITICAL);
        town.registered("E050101", "早市占道", TriageTown.IN_G2); // registered on arrival: not waiting

        List<WaitingReport> waiting = desk.waiting();
        assertThat(waiting).extracting(WaitingReport::id)
                .containsExactly(critical.getId(), urgentLater.getId(), old.getId());
        WaitingReport first = waiting.get(0);
        assertThat(first.channel()).isEqualTo(Channel.AI_CAMERA);
        assertThat(first.reporter()).isEqualTo("摄像头 CAM-0107");
        assertThat(first.place().grid()).isEqualTo("幸福一网格");
        assertThat(first.place().community()).isEqualTo("幸福社区");
        assertThat(first.place().street()).isEqualTo("东湖街道");
        assertThat(first.place().lon()).isCloseTo(TriageTown.IN_G1[0], Offset.offset(1e-9));
        assertThat(first.version()).isEqualTo(critical.getVersion());
        assertThat(first.alarming()).isTrue();
        assertThat(desk.signal().waiting()).isEqualTo(3);
    }

    @Test
    void registering_several_at_once_changes_each_and_names_the_one_someone_else_took_first() {
        Event a = town.report(Channel.GRID_WORKER, "路面渣土一", TriageTown.IN_G1, Urgency.NORMAL);
        Event b = town.report(Channel.GRID_WORKER, "路面渣土二", TriageTown.IN_G1, Urgency.NORMAL);
        Event c = town.report(Channel.GRID_WORKER, "路面渣土三", TriageTown.IN_G2, Urgency.NORMAL);
        List<WaitingReport> seen = desk.waiting();
        town.events.cancel(b.getId(), b.getVersion(), "李娜", "重复上报"); // another console, a moment earlier

        TriageOutcome outcome = desk.register(seen, "E030202", false, "张伟");

        assertThat(outcome.done()).extracting(TriageOutcome.Done::eventId).containsExactly(a.getId(), c.getId());
        assertThat(outcome.refused()).singleElement().satisfies(r -> {
            assertThat(r.eventId()).isEqualTo(b.getId());
            assertThat(r.why()).isInstanceOf(ConcurrentChangeException.class);
            assertThat(((ConcurrentChangeException) r.why()).actor()).isEqualTo("李娜");
        });
        assertThat(town.events.find(a.getId()).getState()).isEqualTo(EventState.REGISTERED);
        assertThat(town.events.find(b.getId()).getState()).isEqualTo(EventState.CANCELLED);
        assertThat(lastStep(a)).satisfies(t -> {
            assertThat(t.getStep()).isEqualTo(EventStep.REGISTER);
            assertThat(t.getActor()).isEqualTo("张伟");
        });
        assertThat(desk.waiting()).isEmpty();
    }

    @Test
    void register_and_dispatch_sends_the_report_where_the_proposal_for_the_chosen_item_said() {
        Event leak = town.report(Channel.AI_CAMERA, "疑似危化品泄漏", TriageTown.IN_G1, Urgency.CRITICAL);
        WaitingReport report = desk.waiting().get(0);

        DispatchProposal proposal = desk.proposal(report.id(), "E040203");
        assertThat(proposal.lead().name()).isEqualTo("应急局");
        assertThat(town.events.find(leak.getId()).getState()).as("asking changes nothing")
                .isEqualTo(EventState.REPORTED);

        TriageOutcome outcome = desk.registerAndDispatch(report, "E040203", proposal, false, "张伟");

        assertThat(outcome.done()).singleElement().satisfies(d -> {
            assertThat(d.step()).isEqualTo(TriageOutcome.Step.DISPATCHED);
            assertThat(d.unit()).isEqualTo("应急局");
        });
        Event now = town.events.find(leak.getId());
        assertThat(now.getState()).isEqualTo(EventState.DISPATCHED);
        assertThat(now.getLeadUnitId()).isEqualTo(town.yingji);
        assertThat(now.getHandlingDueAt()).as("the 8 h limit of 危化品泄漏 runs")
                .isEqualTo(town.clock.instant().plus(Duration.ofHours(8)));
        assertThat(town.events.history(leak.getId())).extracting(EventTransition::getStep)
                .containsExactly(EventStep.REPORT, EventStep.REGISTER, EventStep.DISPATCH);
    }

    @Test
    void a_report_without_a_place_cannot_be_dispatched_in_one_step_to_a_local_unit_and_nothing_changes() {
        Event e = town.events.intake(new IntakeReport(Channel.HOTLINE, "RX9", null,
                "路上积水很深", "路上积水很深", null, null, "不详", "市民", town.clock.instant(), Urgency.NORMAL)).event();
        WaitingReport report = desk.waiting().get(0);
        DispatchProposal none = desk.proposal(report.id(), "C020204"); // 大事 → the street's section: which street?
        assertThat(none.isEmpty()).isTrue();

        assertThatThrownBy(() -> desk.registerAndDispatch(report, "C020204", none, false, "张伟"))
                .isInstanceOf(TriageRefusal.class)
                .extracting(t -> ((TriageRefusal) t).reason()).isEqualTo(TriageRefusal.Reason.NO_UNIT);
        assertThat(town.events.find(e.getId()).getState()).isEqualTo(EventState.REPORTED);
    }

    @Test
    void only_an_item_of_the_taxonomy_can_be_chosen_and_a_refusal_changes_nothing() {
        Event e = town.report(Channel.GRID_WORKER, "路面渣土", TriageTown.IN_G1, Urgency.NORMAL);
        List<WaitingReport> seen = desk.waiting();
        for (String notAnItem : new String[] {"E03", "E0302", "X999", " "}) {
            assertThatThrownBy(() -> desk.register(seen, notAnItem, false, "张伟"))
                    .isInstanceOf(TriageRefusal.class)
                    .extracting(t -> ((TriageRefusal) t).reason()).isEqualTo(TriageRefusal.Reason.NOT_AN_ITEM);
        }
        assertThatThrownBy(() -> desk.register(List.of(), "E030202", false, "张伟"))
                .extracting(t -> ((TriageRefusal) t).reason()).isEqualTo(TriageRefusal.Reason.NO_REPORT);
        assertThat(town.events.find(e.getId()).getState()).isEqualTo(EventState.REPORTED);
    }

    @Test
    void a_case_of_any_kind_close_by_is_offered_as_duplicate_and_merging_takes_the_report_off_the_desk() {
        Event known = town.registered("E030202", "渣土车遗撒", TriageTown.NEAR_G1);
        town.registered("E030202", "和平路遗撒", TriageTown.IN_G2); // over 1 km away
        town.clock.advance(Duration.ofMinutes(30));
        Event report = town.report(Channel.HOTLINE, "路上一地泥", TriageTown.IN_G1, Urgency.NORMAL);

        ReportDetail detail = desk.detail(report.getId());
        assertThat(detail.duplicates()).extracting(DuplicateCandidate::eventId).containsExactly(known.getId());
        assertThat(detail.duplicates().get(0).distanceMeters()).isBetween(40.0, 60.0);

        TriageOutcome merged = desk.merge(desk.waiting().get(0), detail.duplicates().get(0), "同一处遗撒", "张伟");

        assertThat(merged.done()).extracting(TriageOutcome.Done::step).containsExactly(TriageOutcome.Step.MERGED);
        assertThat(town.events.find(report.getId()).getState()).isEqualTo(EventState.MERGED);
        assertThat(town.events.find(report.getId()).getMergedIntoId()).isEqualTo(known.getId());
        assertThat(desk.waiting()).isEmpty();
    }

    @Test
    void a_duplicate_already_closed_or_cancelled_is_not_offered_for_a_merge_that_would_be_refused() {
        Event gone = town.registered("E030202", "渣土车遗撒", TriageTown.NEAR_G1);
        town.events.cancel(gone.getId(), gone.getVersion(), "李娜", "误报");
        Event report = town.report(Channel.HOTLINE, "路上一地泥", TriageTown.IN_G1, Urgency.NORMAL);
        assertThat(desk.detail(report.getId()).duplicates()).isEmpty();
    }

    @Test
    void cancelling_needs_a_reason_and_takes_the_reports_off_the_desk() {
        town.report(Channel.AI_CAMERA, "误识别：树影", TriageTown.IN_G1, Urgency.NORMAL);
        town.report(Channel.AI_CAMERA, "误识别：广告牌反光", TriageTown.IN_G2, Urgency.NORMAL);
        List<WaitingReport> seen = desk.waiting();
        assertThatThrownBy(() -> desk.cancel(seen, "  ", "张伟"))
                .extracting(t -> ((TriageRefusal) t).reason()).isEqualTo(TriageRefusal.Reason.NO_REASON);
        assertThat(desk.waiting()).hasSize(2);

        TriageOutcome outcome = desk.cancel(seen, "AI 误报", "张伟");

        assertThat(outcome.done()).hasSize(2).allMatch(d -> d.step() == TriageOutcome.Step.CANCELLED);
        assertThat(desk.waiting()).isEmpty();
        assertThat(town.events.history(seen.get(0).id())).last().satisfies(t -> {
            assertThat(t.getStep()).isEqualTo(EventStep.CANCEL);
            assertThat(t.getNote()).isEqualTo("AI 误报");
        });
    }

    @Test
    void a_critical_report_alarms_until_an_officer_acknowledges_it_and_the_first_acknowledgement_stands() {
        Event leak = town.report(Channel.AI_CAMERA, "疑似危化品泄漏", TriageTown.IN_G1, Urgency.CRITICAL);
        town.report(Channel.HOTLINE, "井盖松动", TriageTown.IN_G2, Urgency.URGENT); // 紧急, not 特急: no alarm
        long before = desk.signal().fingerprint();
        assertThat(desk.signal().alarming()).extracting(a -> a.id()).containsExactly(leak.getId());

        assertThat(desk.acknowledge(List.of(leak.getId()), "张伟")).containsExactly(leak.getId());
        town.clock.advance(Duration.ofMinutes(1));
        assertThat(desk.acknowledge(List.of(leak.getId()), "李娜")).as("already acknowledged").isEmpty();

        assertThat(desk.signal().alarming()).isEmpty();
        assertThat(desk.signal().fingerprint()).as("the list shows who acknowledged: read it again")
                .isNotEqualTo(before);
        WaitingReport shown = desk.waiting().get(0);
        assertThat(shown.acknowledged().by()).isEqualTo("张伟");
        assertThat(shown.acknowledged().at()).isEqualTo(TriageTown.NIGHT);
        assertThat(shown.alarming()).isFalse();
    }

    private EventTransition lastStep(Event e) {
        List<EventTransition> h = town.events.history(e.getId());
        return h.get(h.size() - 1);
    }
}
