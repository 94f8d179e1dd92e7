package org.gridcommand.ui.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.gridcommand.service.account.Permissions;
import org.gridcommand.service.account.WatchRights;
import org.gridcommand.domain.event.EventAction;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.TimeLimitStatus;
import org.gridcommand.domain.event.Urgency;
import org.gridcommand.domain.event.Event;
import org.gridcommand.service.event.EventQueueRow;
import org.gridcommand.service.event.EventWords;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The duty officer's queue on a real embedded database, with the background work run in place. */
class EventQueueModelTest {
    @TempDir
    Path dir;
    private DispatchCity city;
    private OfficerNotices notices;
    private EventQueueModel queue;
    private EventActions actions;

    @BeforeEach
    void open() {
        city = new DispatchCity(dir);
        BackgroundTasks tasks = new BackgroundTasks(Runnable::run, Runnable::run);
        Messages messages = new Messages(Locale.SIMPLIFIED_CHINESE).forFeature("org.gridcommand.ui.dispatch.messages");
        notices = new OfficerNotices(new EventWords(messages.locale()));
        queue = new EventQueueModel(city.events, city.desk.watch(), city.clock, tasks, notices);
        actions = new EventActions(city.events, tasks, notices, messages, "值班员 张伟", queue::refresh);
    }

    @AfterEach
    void close() {
        city.close();
    }

    @Test
    void the_queue_lists_open_events_most_urgent_deadline_first_and_marks_the_overdue_one() {
        city.report("010101", DispatchCity.IN_G1, "早市占道", Urgency.NORMAL);      // due in 4 h
        city.clock.advance(Duration.ofHours(5));                                    // …now 1 h overdue
        city.report("010103", DispatchCity.IN_G2, "井盖破损", Urgency.NORMAL);      // due in 24 h
        city.report("010101", DispatchCity.IN_G2, "夜市占道", Urgency.NORMAL);      // due in 4 h

        queue.refresh();

        assertThat(queue.rows()).extracting(EventQueueRow::title).containsExactly("早市占道", "夜市占道", "井盖破损");
        assertThat(queue.rows().get(0).countdown(queue.nowProperty().get()).status())
                .isEqualTo(TimeLimitStatus.OVERDUE);
        assertThat(queue.firstPageMillisProperty().get()).isNotNull();
    }

    @Test
    void filters_narrow_the_queue_to_an_area_and_to_overdue_events() {
        city.report("010101", DispatchCity.IN_G1, "早市占道", Urgency.NORMAL);
        city.clock.advance(Duration.ofHours(5));
        city.report("010103", DispatchCity.IN_G2, "井盖破损", Urgency.NORMAL);

        queue.filterProperty().set(QueueFilter.ALL_OPEN.withArea(city.area("G2")));
        assertThat(queue.rows()).extracting(EventQueueRow::title).containsExactly("井盖破损");

        queue.filterProperty().set(QueueFilter.ALL_OPEN.withOverdueOnly(true));
        assertThat(queue.rows()).extracting(EventQueueRow::title).containsExactly("早市占道");
    }

    @Test
    void a_change_made_by_another_console_appears_at_the_next_poll() {
        Event e = city.report("010101", DispatchCity.IN_G1, "早市占道", Urgency.NORMAL);
        queue.refresh();
        assertThat(queue.rows().get(0).state()).isEqualTo(EventState.REGISTERED);

        // the other console dispatches it directly through the service
        city.events.dispatch(e.getId(), e.getVersion(), city.chengguan, List.of(), "李娜", null);
        queue.poll();

        assertThat(queue.rows().get(0).state()).isEqualTo(EventState.DISPATCHED);
        assertThat(queue.rows().get(0).leadUnitName()).isEqualTo("城管局");
    }

    @Test
    void accepting_with_the_rows_version_moves_the_event_on() {
        city.dispatched("010101", DispatchCity.IN_G1, "早市占道");
        queue.refresh();
        EventQueueRow row = queue.rows().get(0);

        actions.step(EventAction.ACCEPT, row.id(), row.version(), row.number(), null);

        assertThat(queue.rows().get(0).state()).isEqualTo(EventState.ACCEPTED);
        assertThat(notices.latestProperty().get().problem()).isFalse();
    }

    @Test
    void a_stale_version_is_refused_and_says_who_dispatched_it_first() {
        Event e = city.report("010101", DispatchCity.IN_G1, "早市占道", Urgency.NORMAL);
        queue.refresh();
        EventQueueRow seen = queue.rows().get(0);
        city.events.dispatch(e.getId(), e.getVersion(), city.chengguan, List.of(), "李娜", null);

        actions.dispatch(seen.id(), seen.version(), seen.number(), city.zhujian, List.of());

        assertThat(notices.latestProperty().get().problem()).isTrue();
        assertThat(notices.latestProperty().get().text()).isEqualTo(
                "已被 李娜 于 10:00 派遣（城管局），请刷新后再处理；您的操作未执行。");
        assertThat(queue.rows().get(0).leadUnitName()).isEqualTo("城管局");
    }

    @Test
    void a_new_urgent_event_raises_the_alarm_until_acknowledged() {
        city.report("010101", DispatchCity.IN_G1, "老的紧急事件", Urgency.URGENT);
        queue.refresh();
        assertThat(queue.alertingProperty().get()).as("urgent events known at start are not new").isFalse();

        city.report("010103", DispatchCity.IN_G2, "燃气泄漏", Urgency.CRITICAL);
        queue.poll();
        assertThat(queue.alertingProperty().get()).isTrue();
        assertThat(queue.unacknowledged()).extracting(u -> u.title()).containsExactly("燃气泄漏");

        queue.acknowledge();
        queue.poll();
        assertThat(queue.alertingProperty().get()).isFalse();
    }

    @Test
    void the_duty_officers_entry_creates_an_event_that_appears_in_the_queue() {
        queue.refresh();
        EntryModel entry = new EntryModel(city.events, new BackgroundTasks(Runnable::run, Runnable::run), notices,
                new Messages(Locale.SIMPLIFIED_CHINESE).forFeature("org.gridcommand.ui.dispatch.messages"),
                "值班员 张伟", () -> city.areas);
        entry.title.set("桥下积水");
        entry.category.set(city.desk.directory().categoryItems().stream()
                .filter(c -> c.matches("道路破损")).findFirst().orElseThrow());
        entry.gridCode.set("G2");
        long[] created = new long[1];

        assertThat(entry.submit(id -> created[0] = id)).isNull();
        queue.poll();

        EventQueueRow row = queue.row(created[0]);
        assertThat(row).isNotNull();
        assertThat(row.areaNames()).contains("和平一网格");
        assertThat(row.state()).isEqualTo(EventState.REGISTERED);
        assertThat(entry.title.get()).as("the form is cleared for the next call").isEmpty();
    }

    @Test
    void a_photo_is_stored_with_the_event_and_noted_in_its_history() throws Exception {
        Event e = city.report("010101", DispatchCity.IN_G1, "早市占道", Urgency.NORMAL);
        Path photo = Files.write(dir.resolve("现场.png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 1, 2, 3});
        EventDetailModel detail = new EventDetailModel(city.events, city.desk.attachments(),
                new BackgroundTasks(Runnable::run, Runnable::run), notices, "值班员 张伟");
        detail.open(e.getId());

        detail.attach(photo);

        EventDetail d = detail.detailProperty().get();
        assertThat(d.attachments()).singleElement().satisfies(a -> {
            assertThat(a.fileName()).isEqualTo("现场.png");
            assertThat(a.isImage()).isTrue();
            assertThat(city.desk.attachments().content(a.id())).hasSize(7);
        });
        assertThat(new EventWords(Locale.SIMPLIFIED_CHINESE).details(d.history().get(d.history().size() - 1)))
                .isEqualTo("附件：现场.png");
        assertThat(new EventWords(Locale.ENGLISH).details(d.history().get(d.history().size() - 1)))
                .isEqualTo("attachment: 现场.png");
        assertThat(DeskAction.offered(d.event().getState(), null, null,
                new WatchRights(Permissions.system())))
                .contains(DeskAction.DISPATCH, DeskAction.CANCEL).doesNotContain(DeskAction.ACCEPT);
    }
}
