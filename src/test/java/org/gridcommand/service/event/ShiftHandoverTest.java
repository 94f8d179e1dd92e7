package org.gridcommand.service.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.gridcommand.domain.account.AccountRole;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.shift.DutySign;
import org.gridcommand.domain.shift.Handover;
import org.gridcommand.domain.shift.HandoverItem;
import org.gridcommand.domain.shift.HandoverItemKind;
import org.gridcommand.domain.shift.RosterEntry;
import org.gridcommand.domain.shift.SwapRequest;
import org.gridcommand.service.account.AccountService;
import org.gridcommand.service.account.NotPermittedException;
import org.gridcommand.service.account.PasswordHashes;
import org.gridcommand.service.account.Permissions;
import org.gridcommand.service.account.WatchSession;
import org.gridcommand.service.shift.DutyRoster;
import org.gridcommand.service.shift.DutySignIns;
import org.gridcommand.service.shift.Handovers;
import org.gridcommand.store.DatabaseLocation;
import org.gridcommand.store.StoreException;
import org.gridcommand.store.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * 交接班 on a real database: the pack is generated from the real events at the moment of handover, the incoming
 * officer must acknowledge every item before taking over, a 值班长 may override with a reason, and the log is kept
 * (append-only in the database), searchable and printable. The day shift runs 08:00–16:00 in Shanghai.
 */
class ShiftHandoverTest {
    private static final LocalDate TUESDAY = LocalDate.of(2026, 11, 24);
    @TempDir
    Path dir;

    static Stream<DatabaseLocation.Vendor> vendors() {
        return TestDatabases.vendors();
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void the_pack_lists_what_the_next_shift_must_know_and_the_shift_is_taken_over_once_each_item_is_acknowledged(
            DatabaseLocation.Vendor vendor) throws SQLException {
        try (EventStory story = EventStory.on(TestDatabases.fresh(vendor, dir))) {
            Floor floor = new Floor(story);
            Event overdue = story.dispatchedEvent("010101");
            story.clock.advance(Duration.ofHours(3));
            // 13:00: three more events with a 4-hour limit (due 17:00, during the evening shift)
            Event aboutToBreach = story.dispatchedEvent("010101");
            Event returned = story.dispatchedEvent("010101");
            returned = story.events.returnToCenter(returned.getId(), returned.getVersion(), "城管局赵敏", "非本单位职责");
            Event closed = closedEvent(story);
            story.clock.advance(Duration.ofHours(2));
            // 15:00: the first event is an hour past its limit and gets supervised
            Event late = story.events.find(overdue.getId());
            story.events.supervise(late.getId(), late.getVersion(), "李娜", "请今日办结");

            Console outgoing = floor.console("wanglei");
            Handover pack = outgoing.handovers.prepare("东湖路井盖已报修，明早回访");

            assertThat(refs(pack, HandoverItemKind.BREACH_SOON)).contains(aboutToBreach.getNumber())
                    .doesNotContain(closed.getNumber(), overdue.getNumber());
            assertThat(refs(pack, HandoverItemKind.SUPERVISED)).containsExactly(overdue.getNumber());
            assertThat(refs(pack, HandoverItemKind.RETURNED_EVENT)).containsExactly(returned.getNumber());
            assertThat(pack.items()).filteredOn(i -> i.kind() == HandoverItemKind.NOTES)
                    .extracting(HandoverItem::title).containsExactly("东湖路井盖已报修，明早回访");
            assertThat(pack.items()).noneMatch(i -> closed.getNumber().equals(i.refCode()));
            assertThat(pack.date()).isEqualTo(TUESDAY);
            assertThat(pack.shiftCode()).isEqualTo("DAY");

            Console incoming = floor.console("lina");
            story.clock.advance(Duration.ofMinutes(50));
            long first = pack.items().get(0).id();
            Handover one = incoming.handovers.acknowledge(pack.id(), List.of(first));
            assertThat(one.items().get(0).acknowledgedBy()).isEqualTo("lina");
            assertThat(one.items().get(0).acknowledgedAt()).isEqualTo(story.clock.instant());
            assertThatThrownBy(() -> incoming.handovers.takeOver(pack.id()))
                    .hasMessage((pack.items().size() - 1) + " items are not acknowledged yet: acknowledge each one to"
                            + " take over, or a shift leader overrides with a reason.");
            assertThatThrownBy(() -> outgoing.handovers.acknowledgeAll(pack.id()))
                    .hasMessageContaining("wanglei handed this shift over and cannot acknowledge it");

            incoming.handovers.acknowledgeAll(pack.id());
            Handover taken = incoming.handovers.takeOver(pack.id());

            assertThat(taken.takenBy()).isEqualTo("lina");
            assertThat(taken.overridden()).isFalse();
            assertThat(taken.items()).allMatch(i -> "lina".equals(i.acknowledgedBy()));
            assertThatThrownBy(() -> outgoing.handovers.prepare("再补一句"))
                    .hasMessageStartingWith("lina took this shift over at 2026-11-24 15:50");
            // the log is append-only in the database itself
            assertThatThrownBy(() -> story.db.withConnection(c -> {
                try (PreparedStatement ps = c.prepareStatement("UPDATE handover_ack SET acknowledged_by = 'x'")) {
                    return ps.executeUpdate();
                }
            })).isInstanceOf(StoreException.class).hasMessageContaining("append-only");
            assertThat(outgoing.handovers.find(pack.id()).orElseThrow().items())
                    .allMatch(i -> "lina".equals(i.acknowledgedBy()));
        }
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void a_shift_leader_overrides_with_a_reason_that_the_searchable_log_and_its_print_keep(
            DatabaseLocation.Vendor vendor) throws Exception {
        try (EventStory story = EventStory.on(TestDatabases.fresh(vendor, dir))) {
            Floor floor = new Floor(story);
            story.dispatchedEvent("010101");
            Handover pack = floor.console("wanglei").handovers.prepare("交接：2 号摄像头画面偏移");
            Console incoming = floor.console("lina");
            Console leader = floor.console("chenjing");

            assertThatThrownBy(() -> incoming.handovers.override(pack.id(), "急"))
                    .isInstanceOf(NotPermittedException.class)
                    .hasMessage("The account lina may not override a handover: only these roles may: shift leader.");
            assertThatThrownBy(() -> leader.handovers.override(pack.id(), " "))
                    .hasMessage("An override needs a reason.");
            Handover overridden = leader.handovers.override(pack.id(), "接班人临时出警，由值班长代为接班");

            assertThat(overridden.takenBy()).isEqualTo("chenjing");
            assertThat(overridden.overrideReason()).isEqualTo("接班人临时出警，由值班长代为接班");
            assertThat(overridden.unacknowledged()).isEqualTo(overridden.items().size());
            assertThatThrownBy(() -> incoming.handovers.takeOver(pack.id())).hasMessageStartingWith("chenjing took");
            Handovers log = leader.handovers;
            assertThat(log.search(TUESDAY, TUESDAY, "DAY", "chenjing", "摄像头")).extracting(Handover::id)
                    .containsExactly(pack.id());
            assertThat(log.search(TUESDAY, TUESDAY, null, "wanglei", null)).hasSize(1);
            assertThat(log.search(TUESDAY, TUESDAY, "EVENING", null, null)).isEmpty();
            assertThat(log.search(TUESDAY, TUESDAY, null, null, "井盖")).isEmpty();
            assertThat(log.search(TUESDAY.plusDays(1), TUESDAY.plusDays(2), null, null, null)).isEmpty();

            ByteArrayOutputStream pdf = new ByteArrayOutputStream();
            log.print(overridden, Locale.CHINESE, pdf);
            assertThat(new String(pdf.toByteArray(), 0, 5, StandardCharsets.US_ASCII))
                    .isEqualTo("%PDF-");
            assertThat(pdf.size()).isGreaterThan(10_000);
        }
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void officers_sign_in_to_their_shift_off_roster_is_recorded_and_a_swap_changes_the_roster_once_approved(
            DatabaseLocation.Vendor vendor) {
        try (EventStory story = EventStory.on(TestDatabases.fresh(vendor, dir))) {
            Floor floor = new Floor(story);
            Console leader = floor.console("chenjing");
            Console wang = floor.console("wanglei");
            Console li = floor.console("lina");
            assertThatThrownBy(() -> wang.roster.put(TUESDAY, "DAY", "chenjing", List.of("wanglei")))
                    .isInstanceOf(NotPermittedException.class);
            assertThatThrownBy(() -> leader.roster.put(TUESDAY, "DAY", "wanglei", List.of("lina")))
                    .hasMessage("The account wanglei is not a shift leader and cannot lead a shift.");
            leader.roster.put(TUESDAY, "DAY", "chenjing", List.of("wanglei"));
            leader.roster.put(TUESDAY, "EVENING", "chenjing", List.of("wanglei"));

            DutySign wangIn = wang.signs.signIn();
            DutySign liIn = li.signs.signIn();

            assertThat(wangIn.onRoster()).isTrue();
            assertThat(wangIn.shiftCode()).isEqualTo("DAY");
            assertThat(wangIn.signedInAt()).isEqualTo(EventStory.TUESDAY_10AM);
            assertThat(liIn.onRoster()).isFalse();
            assertThatThrownBy(() -> wang.signs.signIn()).hasMessage("You signed in at 10:00 (2026-11-24 白班); sign"
                    + " out first.");
            story.clock.advance(Duration.ofHours(6));
            assertThat(wang.signs.signOut().signedOutAt()).isEqualTo(story.clock.instant());
            assertThatThrownBy(() -> wang.signs.signOut()).hasMessageContaining("not signed in");

            SwapRequest asked = wang.roster.requestSwap(TUESDAY, "EVENING", "lina", "家中有事");
            assertThatThrownBy(() -> li.roster.decideSwap(asked.id(), true)).isInstanceOf(NotPermittedException.class);
            leader.roster.decideSwap(asked.id(), true);

            RosterEntry evening = leader.roster.entry(TUESDAY, "EVENING").orElseThrow();
            assertThat(evening.officers()).containsExactly("lina");
            assertThat(leader.roster.pendingSwaps()).isEmpty();
            assertThatThrownBy(() -> leader.roster.decideSwap(asked.id(), false))
                    .hasMessageContaining("already decided");
        }
    }

    private static Event closedEvent(EventStory story) {
        EventService sys = story.events;
        Event e = story.dispatchedEvent("010101");
        e = sys.accept(e.getId(), e.getVersion(), "城管局赵敏", null);
        e = sys.start(e.getId(), e.getVersion(), "城管局赵敏", null);
        e = sys.feedback(e.getId(), e.getVersion(), "城管局赵敏", "已清理");
        e = sys.verify(e.getId(), e.getVersion(), "网格员王芳", "现场已恢复");
        return sys.close(e.getId(), e.getVersion(), "李娜", null);
    }

    private static List<String> refs(Handover h, HandoverItemKind kind) {
        return h.items().stream().filter(i -> i.kind() == kind).map(HandoverItem::refCode).toList();
    }

    /** The watch floor's people: two duty officers and a 值班长, each at a console of their own. */
    private static final class Floor {
        final EventStory story;
        final AccountService accounts;

        Floor(EventStory story) {
            this.story = story;
            accounts = new AccountService(story.db, story.clock, new PasswordHashes());
            accounts.create("wanglei", "值班员 王磊", Set.of(AccountRole.DUTY_OFFICER), null,
                    "password-wanglei".toCharArray());
            accounts.create("lina", "值班员 李娜", Set.of(AccountRole.DUTY_OFFICER), null, "password-lina".toCharArray());
            accounts.create("chenjing", "值班长 陈静", Set.of(AccountRole.SHIFT_LEADER), null,
                    "password-chenjing".toCharArray());
        }

        Console console(String login) {
            WatchSession session = new WatchSession(accounts);
            session.signIn(login, ("password-" + login).toCharArray());
            Permissions p = Permissions.of(session);
            return new Console(new Handovers(story.db, story.clock, p), new DutyRoster(story.db, story.clock, p),
                    new DutySignIns(story.db, story.clock, p));
        }
    }

    private record Console(Handovers handovers, DutyRoster roster, DutySignIns signs) {
    }
}
