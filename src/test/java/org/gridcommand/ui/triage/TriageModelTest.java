package org.gridcommand.ui.triage;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.Urgency;
import org.gridcommand.domain.triage.WaitingReport;
import org.gridcommand.service.event.IntakeReport;
import org.gridcommand.service.intake.TicketImportOptions;
import org.gridcommand.service.intake.TicketImportService;
import org.gridcommand.service.intake.TicketMapping;
import org.gridcommand.service.triage.TriageTown;
import org.gridcommand.store.TestDatabases;
import org.gridcommand.store.triage.CategoryMemoryStore;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The triage desk's view-models on a real database, run synchronously (no FX thread, no executor). */
class TriageModelTest {
    @TempDir
    Path dir;
    TriageTown town;
    TriageModel model;
    TriageActions actions;

    @BeforeEach
    void open() {
        town = new TriageTown(TestDatabases.h2(dir));
    }

    @AfterEach
    void close() {
        town.close();
    }

    private void desk(Locale locale) {
        model = newModel(locale, "值班员 张伟");
        actions = new TriageActions(model);
        model.start();
    }

    private TriageModel newModel(Locale locale, String actor) {
        BackgroundTasks now = new BackgroundTasks(Runnable::run, Runnable::run);
        TriageText text = new TriageText(new Messages("org.gridcommand.ui.triage.messages", locale), town.clock);
        return new TriageModel(town.desk, now, town.clock, text, actor);
    }

    @Test
    void the_desk_shows_the_waiting_reports_their_count_and_the_critical_one_that_alarms() {
        Event hole = town.report(Channel.GRID_WORKER, "路面塌了一个坑", TriageTown.IN_G2, Urgency.NORMAL);
        town.clock.advance(Duration.ofMinutes(5));
        Event leak = town.report(Channel.AI_CAMERA, "疑似危化品泄漏", TriageTown.IN_G1, Urgency.CRITICAL);
        desk(Locale.SIMPLIFIED_CHINESE);

        assertThat(model.reports()).extracting(WaitingReport::id).containsExactly(leak.getId(), hole.getId());
        assertThat(model.waitingProperty().get()).isEqualTo(2);
        assertThat(model.alarming()).extracting(a -> a.id()).containsExactly(leak.getId());
    }

    @Test
    void nothing_is_offered_until_a_report_and_an_item_are_chosen() {
        town.report(Channel.GRID_WORKER, "路边一地泥沙", TriageTown.IN_G1, Urgency.NORMAL);
        desk(Locale.SIMPLIFIED_CHINESE);
        assertThat(actions.canRegister().get()).isFalse();
        assertThat(actions.canCancel().get()).isFalse();
        assertThat(actions.canRegisterAndDispatch().get()).isFalse();

        model.select(List.of(model.reports().get(0)));
        assertThat(actions.canCancel().get()).as("cancel needs no item").isTrue();
        assertThat(actions.canRegister().get()).isFalse();

        model.picker().queryProperty().set("dlys");
        model.picker().chooseFirst();
        assertThat(model.picker().chosenProperty().get().name()).isEqualTo("道路遗撒");
        assertThat(actions.canRegister().get()).isTrue();
        assertThat(actions.proposalProperty().get().lead().name()).as("大事 → the street's section")
                .isEqualTo("东湖街道城建板块");
        assertThat(actions.canRegisterAndDispatch().get()).isTrue();
        assertThat(actions.canRemember().get()).as("a grid worker's report has no sender category").isFalse();
    }

    @Test
    void register_and_dispatch_is_not_offered_when_no_unit_would_take_the_report() {
        town.events.intake(new IntakeReport(Channel.HOTLINE, "RX1", null, "路上积水很深", "路上积水很深", null, null,
                "不详", "市民", town.clock.instant(), Urgency.NORMAL));
        desk(Locale.SIMPLIFIED_CHINESE);
        model.select(List.of(model.reports().get(0)));
        model.picker().queryProperty().set("道路积水");
        model.picker().chooseFirst();

        assertThat(actions.proposalProperty().get().isEmpty()).isTrue();
        assertThat(actions.canRegisterAndDispatch().get()).isFalse();
        assertThat(actions.canRegister().get()).isTrue();
    }

    @Test
    void registering_several_says_how_many_names_the_one_taken_elsewhere_and_moves_on_to_the_next() {
        Event a = town.report(Channel.GRID_WORKER, "路面渣土一", TriageTown.IN_G1, Urgency.NORMAL);
        Event b = town.report(Channel.GRID_WORKER, "路面渣土二", TriageTown.IN_G1, Urgency.NORMAL);
        Event c = town.report(Channel.GRID_WORKER, "路面渣土三", TriageTown.IN_G1, Urgency.NORMAL);
        Event next = town.report(Channel.HOTLINE, "占道摆摊", TriageTown.IN_G2, Urgency.NORMAL);
        desk(Locale.SIMPLIFIED_CHINESE);
        model.select(List.copyOf(model.reports().subList(0, 3)));
        town.events.cancel(b.getId(), b.getVersion(), "李娜", "重复上报"); // another console, a moment earlier
        model.picker().queryProperty().set("E030202");
        model.picker().chooseFirst();

        actions.register();

        assertThat(model.noticeProperty().get().problem()).isTrue();
        assertThat(model.noticeProperty().get().text())
                .isEqualTo("已立案 2 件\n" + b.getNumber() + "：已被 李娜 于 02:00 作废");
        assertThat(town.events.find(a.getId()).getState()).isEqualTo(EventState.REGISTERED);
        assertThat(town.events.find(c.getId()).getState()).isEqualTo(EventState.REGISTERED);
        assertThat(model.reports()).extracting(WaitingReport::id).containsExactly(next.getId());
        assertThat(model.selected()).extracting(WaitingReport::id).as("the next report is in focus")
                .containsExactly(next.getId());
    }

    @Test
    void register_and_dispatch_says_to_whom_in_the_consoles_language() {
        Event leak = town.report(Channel.AI_CAMERA, "疑似危化品泄漏", TriageTown.IN_G1, Urgency.CRITICAL);
        desk(Locale.ENGLISH);
        model.select(List.of(model.reports().get(0)));
        model.picker().queryProperty().set("whp");
        model.picker().chooseFirst();

        actions.registerAndDispatch();

        assertThat(model.noticeProperty().get().text())
                .isEqualTo("Registered and dispatched " + leak.getNumber() + " to 应急局");
        assertThat(town.events.find(leak.getId()).getState()).isEqualTo(EventState.DISPATCHED);
        assertThat(model.reports()).isEmpty();
        assertThat(model.alarming()).as("registered: it no longer alarms").isEmpty();
    }

    @Test
    void acknowledging_stops_the_alarm_here_and_at_the_next_poll_on_another_console() {
        Event leak = town.report(Channel.AI_CAMERA, "疑似危化品泄漏", TriageTown.IN_G1, Urgency.CRITICAL);
        desk(Locale.SIMPLIFIED_CHINESE);
        TriageModel otherConsole = newModel(Locale.SIMPLIFIED_CHINESE, "值班员 李娜");
        otherConsole.start();
        List<Long> endedHere = new ArrayList<>();
        List<Long> endedThere = new ArrayList<>();
        model.onAlarmEnded(endedHere::addAll);
        otherConsole.onAlarmEnded(endedThere::addAll);
        assertThat(otherConsole.alarming()).hasSize(1);

        model.acknowledge();

        assertThat(model.alarming()).isEmpty();
        assertThat(model.noticeProperty().get().text()).isEqualTo("已确认告警：" + leak.getNumber());
        assertThat(endedHere).containsExactly(leak.getId());
        otherConsole.poll();
        assertThat(otherConsole.alarming()).isEmpty();
        assertThat(endedThere).containsExactly(leak.getId());
        assertThat(otherConsole.reports().get(0).acknowledged().by()).isEqualTo("值班员 张伟");
    }

    @Test
    void a_report_registered_on_another_console_leaves_this_desk_at_the_next_poll() {
        Event one = town.report(Channel.GRID_WORKER, "路面渣土", TriageTown.IN_G1, Urgency.NORMAL);
        Event two = town.report(Channel.GRID_WORKER, "路边垃圾", TriageTown.IN_G2, Urgency.NORMAL);
        desk(Locale.SIMPLIFIED_CHINESE);
        model.select(List.of(model.reports().get(1)));
        town.events.register(one.getId(), one.getVersion(), "E030202", "李娜", null);

        model.poll();

        assertThat(model.reports()).extracting(WaitingReport::id).containsExactly(two.getId());
        assertThat(model.waitingProperty().get()).isEqualTo(1);
        assertThat(model.selected()).extracting(WaitingReport::id).as("the officer's choice stays")
                .containsExactly(two.getId());
    }

    @Test
    void the_officer_can_remember_the_item_for_a_hotline_category_and_is_told_it_was_remembered() throws Exception {
        Path file = dir.resolve("tickets.csv");
        Files.writeString(file, "工单编号,受理时间,诉求分类,诉求标题,经度,纬度\n"
                + "RX101,2026-11-24 01:10,路面有渣土,东湖路一地泥沙,120.0025,30.005\n");
        new TicketImportService(town.db, town.clock).importFile(file,
                new TicketMapping(Channel.HOTLINE, null, ',', null, null, "工单编号",
                        "受理时间", List.of("yyyy-MM-dd HH:mm"), "诉求分类", Map.of(), List.of("诉求标题"),
                        List.of(), null, null, "经度", "纬度", null, null, null, null),
                TicketImportOptions.defaults());
        desk(Locale.SIMPLIFIED_CHINESE);
        model.select(List.of(model.reports().get(0)));
        assertThat(actions.canRemember().get()).as("no item chosen yet").isFalse();
        model.picker().queryProperty().set("dlys");
        model.picker().chooseFirst();
        assertThat(actions.canRemember().get()).isTrue();
        actions.rememberProperty().set(true);

        actions.register();

        assertThat(model.noticeProperty().get().text()).endsWith("；已记住此对应");
        assertThat(actions.rememberProperty().get()).as("not carried over to the next report").isFalse();
        assertThat(new CategoryMemoryStore(town.db).codeFor(Channel.HOTLINE, "路面有渣土"))
                .isEqualTo("E030202");
    }

    @Test
    void widening_the_choice_and_coming_back_keeps_the_item_the_officer_chose() {
        town.report(Channel.GRID_WORKER, "路面渣土", TriageTown.IN_G1, Urgency.NORMAL);
        town.report(Channel.GRID_WORKER, "路边垃圾", TriageTown.IN_G2, Urgency.NORMAL);
        desk(Locale.SIMPLIFIED_CHINESE);
        WaitingReport first = model.reports().get(0);
        model.select(List.of(first));
        model.picker().queryProperty().set("dlys");
        model.picker().chooseFirst();

        model.select(List.copyOf(model.reports()));
        assertThat(actions.canRegister().get()).as("both, as 道路遗撒").isTrue();
        model.select(List.of(first));

        assertThat(model.picker().chosenProperty().get().name()).isEqualTo("道路遗撒");
        model.select(List.of(model.reports().get(1)));
        assertThat(model.picker().chosenProperty().get()).as("another report starts from its own suggestion")
                .isNull();
    }
}
