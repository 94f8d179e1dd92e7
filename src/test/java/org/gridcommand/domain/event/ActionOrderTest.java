package org.gridcommand.domain.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ActionOrderTest {
    static final Instant NOW = Instant.parse("2026-11-24T02:00:00Z");

    @Test
    void a_new_critical_report_and_an_alarm_come_before_what_is_near_due_and_the_month_old_backlog_comes_late() {
        ActionOrder.Entry backlog = entry(1, EventState.IN_PROGRESS, Urgency.NORMAL, Channel.HOTLINE,
                NOW.minus(Duration.ofDays(35)), NOW.minus(Duration.ofDays(30)));
        ActionOrder.Entry justOverdue = entry(2, EventState.DISPATCHED, Urgency.NORMAL, Channel.GRID_WORKER,
                NOW.minus(Duration.ofHours(5)), NOW.minus(Duration.ofMinutes(10)));
        ActionOrder.Entry nearDue = entry(3, EventState.ACCEPTED, Urgency.NORMAL, Channel.HOTLINE,
                NOW.minus(Duration.ofHours(4)), NOW.plus(Duration.ofMinutes(20)));
        ActionOrder.Entry alarm = entry(4, EventState.REGISTERED, Urgency.NORMAL, Channel.SENSOR,
                NOW.minus(Duration.ofMinutes(3)), NOW.plus(Duration.ofHours(4)));
        ActionOrder.Entry critical = entry(5, EventState.REPORTED, Urgency.CRITICAL, Channel.AI_CAMERA,
                NOW.minus(Duration.ofHours(3)), null);
        ActionOrder.Entry urgent = entry(6, EventState.REGISTERED, Urgency.URGENT, Channel.HOTLINE,
                NOW.minus(Duration.ofMinutes(1)), NOW.plus(Duration.ofHours(4)));
        ActionOrder.Entry waiting = entry(7, EventState.REGISTERED, Urgency.NORMAL, Channel.HOTLINE,
                NOW.minus(Duration.ofMinutes(30)), NOW.plus(Duration.ofHours(20)));
        ActionOrder.Entry inTime = entry(8, EventState.IN_PROGRESS, Urgency.NORMAL, Channel.HOTLINE,
                NOW.minus(Duration.ofHours(2)), NOW.plus(Duration.ofDays(2)));

        List<Long> order = Stream.of(backlog, justOverdue, nearDue, alarm, critical, urgent, waiting, inTime)
                .sorted(ActionOrder.at(NOW)).map(ActionOrder.Entry::id).toList();

        // 特急 before 紧急 however old; the sensor's alarm; overdue a few minutes, then near due; waiting for
        // dispatch; the month-old backlog; then the rest by deadline
        assertThat(order).containsExactly(5L, 6L, 4L, 2L, 3L, 7L, 1L, 8L);
    }

    @Test
    void ended_events_come_newest_first() {
        ActionOrder.Entry old = new ActionOrder.Entry(1, EventState.CLOSED, Urgency.NORMAL, Channel.HOTLINE,
                NOW.minus(Duration.ofDays(9)), null, null, NOW.minus(Duration.ofDays(8)));
        ActionOrder.Entry recent = new ActionOrder.Entry(2, EventState.CLOSED, Urgency.NORMAL, Channel.HOTLINE,
                NOW.minus(Duration.ofDays(9)), null, null, NOW.minus(Duration.ofHours(1)));
        ActionOrder.Entry cancelled = new ActionOrder.Entry(3, EventState.CANCELLED, Urgency.NORMAL,
                Channel.HOTLINE, NOW.minus(Duration.ofDays(2)), null, null, null);
        assertThat(Stream.of(old, recent, cancelled).sorted(ActionOrder.at(NOW)).map(ActionOrder.Entry::id))
                .containsExactly(2L, 3L, 1L);
    }

    private static ActionOrder.Entry entry(long id, EventState state, Urgency urgency, Channel channel,
                                           Instant reported, Instant due) {
        return new ActionOrder.Entry(id, state, urgency, channel, reported, reported, due, null);
    }
}
