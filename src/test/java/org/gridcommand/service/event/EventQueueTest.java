package org.gridcommand.service.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.EventState;
import org.gridcommand.domain.event.TimeLimitStatus;
import org.gridcommand.domain.event.Urgency;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EventQueueTest {
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
    void the_queue_puts_new_urgent_reports_first_then_what_just_went_overdue_then_what_waits_for_dispatch() {
        Event slow = story.report("010103", DemoDistrict.IN_G2, "道路破损").event();     // 24 h
        Event fast = story.report("010101", DemoDistrict.IN_M1, "占道经营").event();     // 4 h
        Event hotline = events.intake(new IntakeReport(Channel.HOTLINE, "T-1", "010101", "热线占道", null,
                DemoDistrict.IN_M1[0], DemoDistrict.IN_M1[1], null, null, null, Urgency.URGENT)).event();
        events.dispatch(fast.getId(), fast.getVersion(), story.city.xingfuCommittee, List.of(), "李娜", null);
        story.clock.advance(Duration.ofHours(5));

        // the urgent hotline report waiting for dispatch, the one overdue for an hour, then the one waiting for it
        EventQueuePage page = events.queue(EventQueueFilter.OPEN, 0, 2);
        assertThat(page.rows()).extracting(EventQueueRow::id).containsExactly(hotline.getId(), fast.getId());
        assertThat(page.hasMore()).isTrue();
        EventQueuePage second = events.queue(EventQueueFilter.OPEN, 1, 2);
        assertThat(second.rows()).extracting(EventQueueRow::id).containsExactly(slow.getId());
        assertThat(second.hasMore()).isFalse();
        EventQueueRow first = page.rows().get(1);
        assertThat(first.categoryName()).isEqualTo("占道经营");
        assertThat(first.areaNames()).isEqualTo("东湖街道 / 幸福社区 / 幸福一网格");
        assertThat(first.leadUnitName()).isEqualTo("幸福社区居委会");
        assertThat(first.state()).isEqualTo(EventState.DISPATCHED);
        assertThat(first.version()).isEqualTo(events.find(fast.getId()).getVersion());
        assertThat(first.countdown(story.clock.instant()).status()).isEqualTo(TimeLimitStatus.OVERDUE);

        assertThat(ids(EventQueueFilter.OPEN.overdue())).containsExactlyInAnyOrder(fast.getId(), hotline.getId());
        assertThat(ids(EventQueueFilter.OPEN.fromChannel(Channel.HOTLINE))).containsExactly(hotline.getId());
        assertThat(ids(EventQueueFilter.OPEN.inArea(story.city.heping))).containsExactly(slow.getId());
        assertThat(ids(EventQueueFilter.OPEN.inArea(story.city.m1))).containsExactly(hotline.getId(), fast.getId());
        assertThat(ids(EventQueueFilter.OPEN.urgent())).containsExactly(hotline.getId());
        assertThat(ids(EventQueueFilter.OPEN.inArea(story.city.street))).hasSize(3);
        assertThat(ids(EventQueueFilter.OPEN.inArea(story.city.district))).hasSize(3);
        assertThat(ids(EventQueueFilter.OPEN.inStates(Set.of(EventState.DISPATCHED)))).containsExactly(fast.getId());
        long minor = categoryId("0101");
        assertThat(ids(EventQueueFilter.OPEN.inCategory(minor))).hasSize(3);
        assertThat(ids(EventQueueFilter.OPEN.inCategory(categoryId("010103")))).containsExactly(slow.getId());
    }

    /**
     * Throwaway measurement (run with -Dgridcommand.bench=true): 100,000 events, 5 % open, bulk-inserted by JDBC;
     * prints the first-page times of the common filters.
     */
    @Test
    void first_page_of_the_queue_with_100k_events() {
        assumeTrue(Boolean.getBoolean("gridcommand.bench"), "measurement only");
        int n = 100_000;
        long catId = categoryId("010101");
        Random rnd = new Random(7);
        Instant base = story.clock.instant().minus(Duration.ofDays(365));
        long t0 = System.nanoTime();
        story.db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO event (id, number, title, channel, category_id,"
                    + " state, urgency, grid_id, community_id, street_id, lead_unit_id, reported_at, limit_started_at,"
                    + " handling_due_at, version) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,0)")) {
                for (int i = 0; i < n; i++) {
                    long id = 10_000_000L + i;
                    // spread like a real city: ~1,360 grids in ~130 communities (only a few are real rows here)
                    long grid = i % 1360 == 0 ? story.city.g1 : 20_000_000L + i % 1360;
                    long community = i % 130 == 0 ? story.city.heping : 30_000_000L + i % 130;
                    Instant reported = base.plusSeconds((long) i * 315);
                    boolean open = rnd.nextInt(100) < 5;
                    ps.setLong(1, id);
                    ps.setString(2, "SJB-" + id);
                    ps.setString(3, "批量案件 " + i);
                    ps.setString(4, "HOTLINE");
                    ps.setLong(5, catId);
                    ps.setString(6, open ? "DISPATCHED" : "CLOSED");
                    ps.setString(7, "NORMAL");
                    ps.setLong(8, grid);
                    ps.setLong(9, community);
                    ps.setLong(10, story.city.street);
                    ps.setLong(11, story.city.xingfuCommittee);
                    ps.setTimestamp(12, Timestamp.from(reported));
                    ps.setTimestamp(13, Timestamp.from(reported));
                    ps.setTimestamp(14, Timestamp.from(reported.plus(Duration.ofHours(4 + rnd.nextInt(400)))));
                    ps.addBatch();
                    if (i % 1000 == 999) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            return null;
        });
        System.out.printf("inserted %d events in %d ms%n", n, (System.nanoTime() - t0) / 1_000_000);
        story.db.withConnection(c -> {
            try (var st = c.createStatement()) {
                st.execute("ANALYZE");
            }
            return null;
        });
        measure("warm-up", EventQueueFilter.OPEN.inStates(Set.of(EventState.ACCEPTED, EventState.DISPATCHED)));
        measure("open, first page", EventQueueFilter.OPEN);
        measure("overdue only", EventQueueFilter.OPEN.overdue());
        measure("one community", EventQueueFilter.OPEN.inArea(story.city.heping));
        measure("one grid + channel", EventQueueFilter.OPEN.inArea(story.city.g1).fromChannel(Channel.HOTLINE));
        measure("category subtree", EventQueueFilter.OPEN.inCategory(categoryId("01")));
    }

    private void measure(String what, EventQueueFilter filter) {
        long[] ms = new long[15];
        for (int i = 0; i < ms.length; i++) {
            long t = System.nanoTime();
            // a different page size each time: H2 would otherwise answer a repeated query from its result cache
            EventQueuePage p = events.queue(filter, 0, 50 + i);
            ms[i] = (System.nanoTime() - t) / 1_000;
            assertThat(p.rows()).isNotEmpty();
        }
        long first = ms[0];
        Arrays.sort(ms);
        System.out.printf("queue %-20s first call %6.1f ms, median %6.1f ms, max %6.1f ms%n", what, first / 1000.0,
                ms[ms.length / 2] / 1000.0, ms[ms.length - 1] / 1000.0);
    }

    private List<Long> ids(EventQueueFilter filter) {
        return events.queue(filter, 0, 100).rows().stream().map(EventQueueRow::id).toList();
    }

    private long categoryId(String code) {
        return story.db.transact(s -> s.createSelectionQuery("select c.id from Category c where c.code = :c",
                Long.class).setParameter("c", code).getSingleResult());
    }
}
