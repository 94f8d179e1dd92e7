package org.gridcommand.service.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.gridcommand.domain.account.AccountRole;
import org.gridcommand.domain.account.UseCase;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.domain.event.Event;
import org.gridcommand.domain.event.EventTransition;
import org.gridcommand.domain.event.Phrase;
import org.gridcommand.domain.event.Satisfaction;
import org.gridcommand.domain.event.Urgency;
import org.gridcommand.domain.time.WorkingCalendar;
import org.gridcommand.service.account.AccountService;
import org.gridcommand.service.account.NotPermittedException;
import org.gridcommand.service.account.PasswordHashes;
import org.gridcommand.service.account.Permissions;
import org.gridcommand.service.account.WatchSession;
import org.gridcommand.service.shift.DutyRoster;
import org.gridcommand.service.shift.DutySignIns;
import org.gridcommand.service.shift.Handovers;
import org.gridcommand.store.DatabaseLocation;
import org.gridcommand.store.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The watch floor's role × use-case table, enforced by the closed loop itself: every write use case, tried by an
 * account of every role on an event in the right state, is either done (and the history names the account, not
 * the name the caller typed) or refused with the roles that may do it, changing nothing.
 */
class RoleMatrixTest {
    private static final String TYPED = "冒名顶替";
    @TempDir
    Path dir;

    static Stream<DatabaseLocation.Vendor> vendors() {
        return TestDatabases.vendors();
    }

    /** Each write use case of the loop, with the words and roles the refusal must name (written out here). */
    enum Step {
        INTAKE(UseCase.REGISTER, "register events", "duty officer, shift leader"),
        REGISTER(UseCase.REGISTER, "register events", "duty officer, shift leader"),
        DISPATCH(UseCase.DISPATCH, "dispatch", "duty officer, shift leader"),
        ACCEPT(UseCase.ACCEPT, "accept", "shift leader, unit operator"),
        RETURN(UseCase.RETURN, "return", "shift leader, unit operator"),
        START(UseCase.START, "start handling", "shift leader, unit operator"),
        FEEDBACK(UseCase.FEEDBACK, "report handling", "shift leader, unit operator"),
        VERIFY(UseCase.VERIFY, "verify", "duty officer, shift leader"),
        REJECT(UseCase.VERIFY, "verify", "duty officer, shift leader"),
        CLOSE(UseCase.CLOSE, "close", "duty officer, shift leader"),
        CANCEL(UseCase.CANCEL, "cancel", "duty officer, shift leader"),
        SUPERVISE(UseCase.SUPERVISE, "supervise", "duty officer, shift leader, commander"),
        RATE(UseCase.RETURN_VISIT, "make return visits", "duty officer, shift leader"),
        NO_ANSWER(UseCase.RETURN_VISIT, "make return visits", "duty officer, shift leader"),
        REOPEN(UseCase.RETURN_VISIT, "make return visits", "duty officer, shift leader"),
        MERGE(UseCase.MERGE, "merge events", "duty officer, shift leader");

        final UseCase useCase;
        final String verb;
        final String roles;

        Step(UseCase useCase, String verb, String roles) {
            this.useCase = useCase;
            this.verb = verb;
            this.roles = roles;
        }
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void every_write_use_case_is_done_for_the_roles_that_may_and_refused_to_the_others_saying_who_may(
            DatabaseLocation.Vendor vendor) {
        try (EventStory story = EventStory.on(TestDatabases.fresh(vendor, dir))) {
            Watch watch = new Watch(story);
            List<String> wrong = new ArrayList<>();
            int done = 0;
            int refused = 0;
            for (AccountRole role : AccountRole.values()) {
                String login = watch.signInAs(role);
                for (Step step : Step.values()) {
                    boolean may = step.useCase.allows(role);
                    Event before = step == Step.INTAKE ? null : prepare(story, step);
                    try {
                        Event after = act(story, watch.events, step, before);
                        done++;
                        if (!may) {
                            wrong.add(role + " could " + step);
                        } else if (step != Step.INTAKE && !lastActor(story, after).equals(login)) {
                            wrong.add(role + " " + step + " recorded " + lastActor(story, after));
                        }
                    } catch (NotPermittedException e) {
                        refused++;
                        String said = EventWords.ENGLISH.refusal(e);
                        String expected = "The account " + login + " may not " + step.verb + ": only these roles may: "
                                + step.roles + ".";
                        if (may) {
                            wrong.add(role + " was refused " + step + ": " + said);
                        } else if (!said.equals(expected)) {
                            wrong.add(role + " " + step + " said \"" + said + "\", not \"" + expected + "\"");
                        } else if (before != null && story.events.find(before.getId()).getVersion()
                                != before.getVersion()) {
                            wrong.add(role + " " + step + " was refused but changed the event");
                        }
                    }
                }
            }
            assertThat(wrong).isEmpty();
            assertThat(done + refused).isEqualTo(AccountRole.values().length * Step.values().length);
            // duty officer 12 steps, shift leader all 16, unit operator its 4, commander supervises; the rest none
            assertThat(done).isEqualTo(12 + 16 + 4 + 1);
        }
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void a_unit_operator_acts_only_on_its_own_units_events_and_the_shift_leader_may_act_for_any_unit(
            DatabaseLocation.Vendor vendor) {
        try (EventStory story = EventStory.on(TestDatabases.fresh(vendor, dir))) {
            Watch watch = new Watch(story);
            watch.accounts.create("xingfu", "幸福社区 刘强", Set.of(AccountRole.UNIT_OPERATOR),
                    story.city.xingfuCommittee, "Xingfu-Pass".toCharArray());
            Event chengguans = story.dispatchedEvent("010101");
            watch.session.signIn("xingfu", "Xingfu-Pass".toCharArray());

            assertThatThrownBy(() -> watch.events.accept(chengguans.getId(), chengguans.getVersion(), TYPED, null))
                    .isInstanceOf(NotPermittedException.class)
                    .hasMessage("A unit operator may accept only events its own unit handles; this one is another "
                            + "unit's. If needed, ask: shift leader, unit operator.")
                    .satisfies(e -> assertThat(new EventWords(Locale.CHINESE).refusal(e)).isEqualTo(
                            "单位操作员只能对本单位承办的案件签收；此案件由其他单位承办。需要时请值班长、单位操作员办理。"));
            assertThat(story.events.find(chengguans.getId()).getVersion()).isEqualTo(chengguans.getVersion());

            watch.signInAs(AccountRole.SHIFT_LEADER);
            Event accepted = watch.events.accept(chengguans.getId(), chengguans.getVersion(), TYPED, null);
            assertThat(lastActor(story, accepted)).isEqualTo("shift_leader");
        }
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void nothing_changes_while_nobody_is_signed_in_and_a_viewer_is_told_in_chinese_who_may(
            DatabaseLocation.Vendor vendor) {
        try (EventStory story = EventStory.on(TestDatabases.fresh(vendor, dir))) {
            Watch watch = new Watch(story);
            Event e = story.report("010101", DemoDistrict.IN_M1, "占道经营").event();

            assertThatThrownBy(() -> watch.events.dispatch(e.getId(), e.getVersion(), story.city.chengguan,
                    List.of(), TYPED, null)).hasMessage("Sign in first, then try again.");
            watch.signInAs(AccountRole.VIEWER);
            assertThatThrownBy(() -> watch.events.dispatch(e.getId(), e.getVersion(), story.city.chengguan,
                    List.of(), TYPED, null))
                    .satisfies(x -> assertThat(new EventWords(Locale.CHINESE).refusal(x))
                            .isEqualTo("账号 viewer 无权派遣：只有值班员、值班长可以派遣。"));
            watch.session.signOut();
            assertThatThrownBy(() -> watch.events.cancel(e.getId(), e.getVersion(), TYPED, "重复"))
                    .hasMessage("Sign in first, then try again.");
            assertThat(story.events.find(e.getId()).getVersion()).isEqualTo(e.getVersion());
        }
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void the_watch_use_cases_keeping_the_watch_the_roster_and_the_handover_override_follow_the_table(
            DatabaseLocation.Vendor vendor) {
        try (EventStory story = EventStory.on(TestDatabases.fresh(vendor, dir))) {
            Watch watch = new Watch(story);
            Permissions checked = Permissions.of(watch.session);
            DutySignIns signs = new DutySignIns(story.db, story.clock, checked);
            DutyRoster roster = new DutyRoster(story.db, story.clock, checked);
            Handovers handovers = new Handovers(story.db, story.clock, checked);
            watch.signInAs(AccountRole.DUTY_OFFICER);
            long pack = handovers.prepare("交接").id();
            List<String> wrong = new ArrayList<>();
            for (AccountRole role : AccountRole.values()) {
                String login = watch.signInAs(role);
                Map<UseCase, Runnable> uses = new EnumMap<>(UseCase.class);
                uses.put(UseCase.WATCH, () -> {
                    signs.signIn();
                    signs.signOut();
                });
                uses.put(UseCase.ROSTER, () -> roster.put(LocalDate.of(2026, 11, 25), "DAY", "shift_leader",
                        List.of("duty_officer")));
                uses.put(UseCase.HANDOVER_OVERRIDE, () -> handovers.override(pack, "演示"));
                for (Map.Entry<UseCase, Runnable> use : uses.entrySet()) {
                    boolean may = use.getKey().allows(role);
                    try {
                        use.getValue().run();
                        if (!may) {
                            wrong.add(role + " could " + use.getKey());
                        }
                    } catch (NotPermittedException e) {
                        if (may) {
                            wrong.add(role + " was refused " + use.getKey() + ": " + e.getMessage());
                        } else if (!e.getMessage().startsWith("The account " + login + " may not "
                                + EventWords.ENGLISH.say(Phrase.of("usecase." + use.getKey().name())) + ":")) {
                            wrong.add(role + " " + use.getKey() + " said " + e.getMessage());
                        }
                    } catch (ActionRefusedException e) {
                        // allowed, refused only by the state (the override of a handover already taken over)
                        if (!may || use.getKey() != UseCase.HANDOVER_OVERRIDE) {
                            wrong.add(role + " " + use.getKey() + ": " + e.getMessage());
                        }
                    }
                }
            }
            assertThat(wrong).isEmpty();
            assertThat(UseCase.WATCH.allowedRoles()).containsExactly(AccountRole.DUTY_OFFICER,
                    AccountRole.SHIFT_LEADER);
            assertThat(UseCase.ROSTER.allowedRoles()).containsExactly(AccountRole.SHIFT_LEADER,
                    AccountRole.ADMINISTRATOR);
            assertThat(UseCase.HANDOVER_OVERRIDE.allowedRoles()).containsExactly(AccountRole.SHIFT_LEADER);
            assertThat(handovers.find(pack).orElseThrow().takenBy()).isEqualTo("shift_leader");
        }
    }

    /** An account per role (login = the role's name in lower case), a session and the loop as it checks them. */
    private static final class Watch {
        final AccountService accounts;
        final WatchSession session;
        final EventService events;

        Watch(EventStory story) {
            accounts = new AccountService(story.db, story.clock, new PasswordHashes());
            for (AccountRole role : AccountRole.values()) {
                accounts.create(login(role), null, Set.of(role),
                        role == AccountRole.UNIT_OPERATOR ? story.city.chengguan : null, password(role));
            }
            session = new WatchSession(accounts);
            events = new EventService(story.db, story.clock, new SqlAreaLocator(story.db), WorkingCalendar.standard(),
                    Permissions.of(session));
        }

        String signInAs(AccountRole role) {
            return session.signIn(login(role), password(role)).loginName();
        }

        static String login(AccountRole role) {
            return role.name().toLowerCase(Locale.ROOT);
        }

        static char[] password(AccountRole role) {
            return ("pw-" + role.name()).toCharArray();
        }
    }

    /** An event in the state {@code step} applies to, brought there by the system (unchecked) loop. */
    private static Event prepare(EventStory story, Step step) {
        EventService sys = story.events;
        return switch (step) {
            case INTAKE -> null;
            case REGISTER -> story.report(null, DemoDistrict.IN_M1, "待立案").event();
            case DISPATCH, CANCEL, MERGE -> story.report("010101", DemoDistrict.IN_M1, "占道经营").event();
            case ACCEPT, RETURN -> story.dispatchedEvent("010101");
            case SUPERVISE -> {
                Event e = story.dispatchedEvent("010101");
                story.clock.advance(Duration.ofHours(5));
                yield sys.find(e.getId());
            }
            case START -> accepted(story);
            case FEEDBACK -> started(story);
            case VERIFY, REJECT -> handled(story);
            case CLOSE -> {
                Event e = handled(story);
                yield sys.verify(e.getId(), e.getVersion(), "网格员王芳", "现场已恢复");
            }
            case RATE, NO_ANSWER, REOPEN -> {
                Event e = handled(story);
                e = sys.verify(e.getId(), e.getVersion(), "网格员王芳", "现场已恢复");
                yield sys.close(e.getId(), e.getVersion(), "李娜", null);
            }
        };
    }

    private static Event act(EventStory story, EventService checked, Step step, Event e) {
        return switch (step) {
            case INTAKE -> checked.intake(new IntakeReport(Channel.DUTY_OFFICER, null, "010101", "值班员录入", "请处理",
                    DemoDistrict.IN_M1[0], DemoDistrict.IN_M1[1], "东湖路 1 号", "市民", story.clock.instant(),
                    Urgency.NORMAL)).event();
            case REGISTER -> checked.register(e.getId(), e.getVersion(), "010101", TYPED, null);
            case DISPATCH -> checked.dispatch(e.getId(), e.getVersion(), story.city.chengguan, List.of(), TYPED, null);
            case ACCEPT -> checked.accept(e.getId(), e.getVersion(), TYPED, null);
            case RETURN -> checked.returnToCenter(e.getId(), e.getVersion(), TYPED, "非本单位职责");
            case START -> checked.start(e.getId(), e.getVersion(), TYPED, null);
            case FEEDBACK -> checked.feedback(e.getId(), e.getVersion(), TYPED, "已清理");
            case VERIFY -> checked.verify(e.getId(), e.getVersion(), TYPED, "现场已恢复");
            case REJECT -> checked.reject(e.getId(), e.getVersion(), TYPED, "现场仍有摊位");
            case CLOSE -> checked.close(e.getId(), e.getVersion(), TYPED, null);
            case CANCEL -> checked.cancel(e.getId(), e.getVersion(), TYPED, "重复上报");
            case SUPERVISE -> {
                checked.supervise(e.getId(), e.getVersion(), TYPED, "请今日办结");
                yield story.events.find(e.getId());
            }
            case RATE -> checked.rate(e.getId(), e.getVersion(), Satisfaction.SATISFIED, TYPED, "满意");
            case NO_ANSWER -> checked.noAnswer(e.getId(), e.getVersion(), TYPED, null);
            case REOPEN -> checked.reopen(e.getId(), e.getVersion(), TYPED, "问题复发");
            case MERGE -> {
                Event into = story.report("010101", DemoDistrict.NEAR_M1, "占道经营").event();
                yield checked.merge(e.getId(), e.getVersion(), into.getId(), TYPED, "同一摊位");
            }
        };
    }

    private static Event accepted(EventStory story) {
        Event e = story.dispatchedEvent("010101");
        return story.events.accept(e.getId(), e.getVersion(), "城管局赵敏", null);
    }

    private static Event started(EventStory story) {
        Event e = accepted(story);
        return story.events.start(e.getId(), e.getVersion(), "城管局赵敏", null);
    }

    private static Event handled(EventStory story) {
        Event e = started(story);
        return story.events.feedback(e.getId(), e.getVersion(), "城管局赵敏", "已清理");
    }

    /** Who the newest history line of the event names (a person's step, not the system's automatic ones). */
    private static String lastActor(EventStory story, Event e) {
        List<EventTransition> history = story.events.history(e.getId());
        List<String> people = history.stream().map(EventTransition::getActor)
                .filter(a -> !a.equals(EventWords.SYSTEM_ACTOR)).toList();
        return people.get(people.size() - 1);
    }
}
