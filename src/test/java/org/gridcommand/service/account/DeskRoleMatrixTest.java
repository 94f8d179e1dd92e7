package org.gridcommand.service.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.gridcommand.domain.account.AccountRole;
import org.gridcommand.domain.account.UseCase;
import org.gridcommand.domain.area.AreaLevel;
import org.gridcommand.domain.emergency.Activation;
import org.gridcommand.domain.emergency.ActivationLine;
import org.gridcommand.domain.emergency.ActivationLogEntry;
import org.gridcommand.domain.emergency.AffectedArea;
import org.gridcommand.domain.emergency.LineKind;
import org.gridcommand.domain.emergency.LineStatus;
import org.gridcommand.domain.kpi.Role;
import org.gridcommand.domain.plan.ResponseLevel;
import org.gridcommand.domain.time.WorkingCalendar;
import org.gridcommand.service.emergency.Adjustments;
import org.gridcommand.service.emergency.ActivationService;
import org.gridcommand.service.emergency.ActivationTasks;
import org.gridcommand.service.emergency.FloodScenario;
import org.gridcommand.service.emergency.Proposal;
import org.gridcommand.service.emergency.StandDown;
import org.gridcommand.service.emergency.StandDownOrder;
import org.gridcommand.service.Backend;
import org.gridcommand.service.event.EventWords;
import org.gridcommand.service.event.ReturnVisitRule;
import org.gridcommand.service.imports.GridImportOptions;
import org.gridcommand.service.imports.GridImportService;
import org.gridcommand.service.intake.TicketImportOptions;
import org.gridcommand.service.intake.TicketImportService;
import org.gridcommand.service.intake.TicketMappingFile;
import org.gridcommand.service.kpi.KpiService;
import org.gridcommand.service.resources.StockBook;
import org.gridcommand.service.resources.StockCount;
import org.gridcommand.store.Database;
import org.gridcommand.store.DatabaseLocation;
import org.gridcommand.store.TestDatabases;
import org.gridcommand.store.kpi.EventFactsStore;
import org.gridcommand.store.kpi.HistoryRowScan;
import org.gridcommand.store.kpi.KpiNamesStore;
import org.gridcommand.store.kpi.KpiWeightsStore;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The desks beside the closed loop — the commander's, the warehouse keeper's, the administrator's reference data
 * and imports — check the person signed in as the loop does: every write use case, tried by an account of every
 * role, is done (and names the account, not the name the caller typed) or refused with the roles that may do it,
 * changing nothing.
 */
class DeskRoleMatrixTest {
    private static final String TYPED = "冒名顶替";
    private static final Path PRECINCTS = Path.of("src/test/resources/real/nyc_police_precincts.geojson");
    private static final Path NYC_311 = Path.of("src/test/resources/real/nyc_311_sample_2010s.csv");
    private static final Path NYC_MAPPING = Path.of("src/test/resources/intake/nyc311-mapping.json");
    private static final AffectedArea RIVER = new AffectedArea.Circle(FloodScenario.LON, FloodScenario.LAT, 1000);

    @TempDir
    Path dir;

    static Stream<DatabaseLocation.Vendor> vendors() {
        return TestDatabases.vendors();
    }

    /** Each write use case of the desks, with the words and roles the refusal must name (written out here). */
    enum Step {
        ACTIVATE(UseCase.EMERGENCY), LEVEL_CHANGE(UseCase.EMERGENCY), LINE_STATUS(UseCase.EMERGENCY),
        TASK_EVENTS(UseCase.EMERGENCY), STAND_DOWN(UseCase.EMERGENCY),
        RECEIVE(UseCase.STOCK), ISSUE(UseCase.STOCK), STOCK_TAKE(UseCase.STOCK),
        KPI_WEIGHTS(UseCase.REFERENCE_DATA), VISIT_TRIES(UseCase.REFERENCE_DATA),
        BOUNDARY_IMPORT(UseCase.IMPORT), HOTLINE_IMPORT(UseCase.IMPORT);

        final UseCase useCase;

        Step(UseCase useCase) {
            this.useCase = useCase;
        }

        String refusal(String login) {
            return switch (useCase) {
                case EMERGENCY -> "The account " + login + " may not activate, change or stand down an emergency "
                        + "response: only these roles may: commander.";
                case STOCK -> "The account " + login + " may not move warehouse stock: only these roles may: "
                        + "commander, administrator.";
                case REFERENCE_DATA -> "The account " + login + " may not change categories, dispatch rules and "
                        + "time limits: only these roles may: administrator.";
                case IMPORT -> "The account " + login + " may not import data: only these roles may: administrator.";
                default -> throw new IllegalArgumentException(useCase.name());
            };
        }
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void every_desk_use_case_is_done_for_the_roles_that_may_and_refused_to_the_others_saying_who_may(
            DatabaseLocation.Vendor vendor) throws Exception {
        try (Database db = Database.open(TestDatabases.fresh(vendor, dir))) {
            Desks desks = new Desks(db, FloodScenario.create(db), new FloodScenario.TestClock());
            Path tickets = dir.resolve("tickets.csv");
            Files.write(tickets, Files.readAllLines(NYC_311).subList(0, 4));
            List<String> wrong = new ArrayList<>();
            int done = 0;
            for (AccountRole role : AccountRole.values()) {
                String login = desks.signInAs(role);
                for (Step step : Step.values()) {
                    long prepared = desks.prepare(step);
                    String before = desks.fingerprint();
                    try {
                        String recorded = desks.act(step, prepared, tickets);
                        done++;
                        if (!step.useCase.allows(role)) {
                            wrong.add(role + " could " + step);
                        } else if (recorded != null && !recorded.equals(login)) {
                            wrong.add(role + " " + step + " recorded " + recorded);
                        }
                    } catch (NotPermittedException e) {
                        String said = EventWords.ENGLISH.refusal(e);
                        if (step.useCase.allows(role)) {
                            wrong.add(role + " was refused " + step + ": " + said);
                        } else if (!said.equals(step.refusal(login))) {
                            wrong.add(role + " " + step + " said \"" + said + "\", not \"" + step.refusal(login)
                                    + "\"");
                        } else if (!desks.fingerprint().equals(before)) {
                            wrong.add(role + " " + step + " was refused but changed something");
                        }
                    }
                }
            }
            assertThat(wrong).isEmpty();
            // commander: 5 emergency + 3 stock; administrator: 3 stock + 2 reference data + 2 imports; others none
            assertThat(done).isEqualTo(8 + 7);
        }
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void a_duty_officer_is_told_in_chinese_who_may_move_stock_and_nobody_moves_it_signed_out(
            DatabaseLocation.Vendor vendor) {
        try (Database db = Database.open(TestDatabases.fresh(vendor, dir))) {
            Desks desks = new Desks(db, FloodScenario.create(db), new FloodScenario.TestClock());
            long warehouse = desks.book.warehouse("W-NEAR").id();
            desks.signInAs(AccountRole.DUTY_OFFICER);
            try {
                desks.book.receive(warehouse, "SANDBAG", 10, TYPED, "采购入库");
                wrong("a duty officer received stock");
            } catch (NotPermittedException e) {
                assertThat(new EventWords(Locale.CHINESE).refusal(e))
                        .isEqualTo("账号 duty_officer 无权出入库：只有指挥长、管理员可以出入库。");
            }
            desks.session.signOut();
            try {
                desks.book.receive(warehouse, "SANDBAG", 10, TYPED, "采购入库");
                wrong("stock was received while nobody was signed in");
            } catch (NotPermittedException e) {
                assertThat(EventWords.ENGLISH.refusal(e)).isEqualTo("Sign in first, then try again.");
            }
        }
    }

    private static void wrong(String what) {
        throw new AssertionError(what);
    }

    /** An account per role, a session, the desks as they check it, and the same desks unchecked to set things up. */
    private static final class Desks {
        final Database db;
        final FloodScenario town;
        final WatchSession session;
        final ActivationService system;
        final StandDown systemStandDown;
        final ActivationService checked;
        final ActivationTasks checkedTasks;
        final StandDown checkedStandDown;
        final StockBook book;
        final KpiService kpi;
        final ReturnVisitRule visits;
        final GridImportService boundaries;
        final TicketImportService hotline;

        Desks(Database db, FloodScenario town, Clock clock) {
            this.db = db;
            this.town = town;
            AccountService accounts = new AccountService(db, clock, new PasswordHashes());
            for (AccountRole role : AccountRole.values()) {
                accounts.create(login(role), null, Set.of(role), role == AccountRole.UNIT_OPERATOR
                        ? db.transact(s -> s.createNativeQuery("SELECT MIN(id) FROM unit", Long.class)
                        .getSingleResult()) : null, password(role));
            }
            // the desks as the composition root wires them for a console, checked against its session
            Backend desks = Backend.over(db, clock);
            session = desks.session();
            system = desks.systemActivations();
            systemStandDown = new StandDown(system, desks.systemEvents(), clock);
            checked = desks.activations();
            checkedTasks = desks.activationTasks();
            checkedStandDown = desks.standDown();
            book = desks.resources().stock();
            Permissions permissions = Permissions.of(session);
            kpi = new KpiService(new EventFactsStore(db), new HistoryRowScan(db), new KpiNamesStore(db),
                    new KpiWeightsStore(db), WorkingCalendar::standard, clock, permissions);
            visits = desks.returnVisitRule();
            boundaries = desks.gridImports();
            hotline = desks.ticketImports();
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

        /** Stands down what is still active (freeing the stock and teams), then starts what the step needs. */
        long prepare(Step step) {
            for (Activation a : system.activeActivations()) {
                systemStandDown.standDown(a.getId(), StandDownOrder.releaseAll("响应终止"), "系统");
            }
            return switch (step) {
                case LEVEL_CHANGE, LINE_STATUS, TASK_EVENTS, STAND_DOWN -> {
                    Proposal p = system.propose(town.planId, ResponseLevel.III, RIVER);
                    yield system.commit(p, p.request(), Adjustments.none(), "系统");
                }
                default -> 0;
            };
        }

        /** Does the step through the checked desks; returns the actor recorded, when the step records one. */
        String act(Step step, long activationId, Path tickets) throws Exception {
            long warehouse = book.warehouse("W-NEAR").id();
            return switch (step) {
                case ACTIVATE -> {
                    Proposal p = checked.propose(town.planId, ResponseLevel.III, RIVER);
                    long id = checked.commit(p, p.request(), Adjustments.none(), TYPED);
                    yield system.activation(id).getActivatedBy();
                }
                case LEVEL_CHANGE -> {
                    checked.applyLevelChange(checked
                            .changeLevel(activationId, ResponseLevel.I), Adjustments.none(), TYPED);
                    yield lastLogActor(activationId);
                }
                case LINE_STATUS -> {
                    ActivationLine team = system.lines(activationId).stream()
                            .filter(l -> l.getKind() == LineKind.TEAM).findFirst().orElseThrow();
                    checked.updateLine(team.getId(), LineStatus.EN_ROUTE, TYPED);
                    yield lastLogActor(activationId);
                }
                case TASK_EVENTS -> {
                    assertThat(checkedTasks.raiseEvents(activationId, TYPED)).isNotEmpty();
                    yield null;
                }
                case STAND_DOWN -> {
                    checkedStandDown.standDown(activationId, StandDownOrder.releaseAll("响应终止"), TYPED);
                    yield system.activation(activationId).getStoodDownBy();
                }
                case RECEIVE -> {
                    book.receive(warehouse, "SANDBAG", 10, TYPED, "区应急局调拨");
                    yield book.ledger(warehouse, 1).get(0).actor();
                }
                case ISSUE -> {
                    book.issue(warehouse, "SANDBAG", 1, TYPED, "滨河社区领用");
                    yield book.ledger(warehouse, 1).get(0).actor();
                }
                case STOCK_TAKE -> {
                    int onBook = book.stock(warehouse).stream().filter(l -> l.itemCode().equals("SANDBAG"))
                            .findFirst().orElseThrow().quantity();
                    assertThat(book.take(List.of(new StockCount(1, "W-NEAR", "SANDBAG", onBook + 1, null, null)),
                            TYPED, "月度盘点", true).applied()).isTrue();
                    yield book.ledger(warehouse, 1).get(0).actor();
                }
                case KPI_WEIGHTS -> {
                    kpi.changeWeights(Role.DEPARTMENT, kpi.weights(Role.DEPARTMENT), TYPED);
                    yield db.transact(s -> s.createNativeQuery("SELECT MAX(changed_by) FROM kpi_weight "
                            + "WHERE role = 'DEPARTMENT'", String.class).getSingleResult());
                }
                case VISIT_TRIES -> {
                    visits.setTries(visits.tries() % 10 + 1);
                    yield null;
                }
                case BOUNDARY_IMPORT -> {
                    assertThat(boundaries.importFile(PRECINCTS, new GridImportOptions(AreaLevel.GRID, "Precinct",
                            null, null, null, null)).created()).isPositive();
                    yield null;
                }
                case HOTLINE_IMPORT -> {
                    assertThat(hotline.importFile(tickets, TicketMappingFile.read(NYC_MAPPING),
                            TicketImportOptions.defaults()).imported()).isPositive();
                    yield null;
                }
            };
        }

        private String lastLogActor(long activationId) {
            List<ActivationLogEntry> log = system.log(activationId);
            return log.get(log.size() - 1).getActor();
        }

        /** What a refused step must leave as it was: rows of every desk's tables and the center's rules. */
        String fingerprint() {
            return db.transact(s -> s.createNativeQuery("SELECT (SELECT COUNT(*) FROM activation) || '/' || "
                    + "(SELECT COUNT(*) FROM activation_log) || '/' || (SELECT COUNT(*) FROM stock_movement) || '/' || "
                    + "(SELECT COUNT(*) FROM event) || '/' || (SELECT COUNT(*) FROM area) || '/' || "
                    + "COALESCE((SELECT MAX(rule_value) FROM center_rule), '-') || '/' || "
                    + "(SELECT MAX(changed_by) FROM kpi_weight)",
                    String.class).getSingleResult());
        }
    }
}
