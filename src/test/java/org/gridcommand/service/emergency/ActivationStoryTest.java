package org.gridcommand.service.emergency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.gridcommand.domain.emergency.Activation;
import org.gridcommand.domain.emergency.ActivationLine;
import org.gridcommand.domain.emergency.ActivationLogEntry;
import org.gridcommand.domain.emergency.ActivationStatus;
import org.gridcommand.domain.emergency.AffectedArea;
import org.gridcommand.domain.emergency.LineKind;
import org.gridcommand.domain.emergency.LineStatus;
import org.gridcommand.domain.emergency.MovementKind;
import org.gridcommand.domain.plan.ResponseLevel;
import org.gridcommand.domain.resource.Expert;
import org.gridcommand.domain.resource.StockItem;
import org.gridcommand.domain.resource.Team;
import org.gridcommand.domain.resource.TeamStatus;
import org.gridcommand.service.event.EventService;
import org.gridcommand.service.resources.ResourceService;
import org.gridcommand.store.Database;
import org.gridcommand.store.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commander's flood, from one key to stand-down, on a real H2 database. */
class ActivationStoryTest {
    @TempDir
    Path dir;

    private Database db;
    private FloodScenario town;
    private FloodScenario.TestClock clock;
    private ActivationService activations;

    private final AffectedArea riverCrossing = new AffectedArea.Circle(FloodScenario.LON, FloodScenario.LAT, 1000);

    @BeforeEach
    void openTown() {
        db = Database.open(TestDatabases.h2(dir));
        town = FloodScenario.create(db);
        clock = new FloodScenario.TestClock();
        activations = new ActivationService(db, clock, new ResourceService(db, clock));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void one_key_proposes_the_nearest_warehouses_teams_and_experts_and_says_what_is_missing() {
        Proposal p = activations.propose(town.planId, ResponseLevel.I, riverCrossing);

        assertThat(p.planCode()).isEqualTo("FLOOD-01");
        assertThat(p.planRevision()).isEqualTo(1);
        assertThat(p.lines(LineKind.TASK)).extracting(ProposalLine::label).containsExactlyInAnyOrder(
                "滨河社区居委会：组织低洼区群众转移", "区水务局：调度泵站全力排涝", "区水务局：发布水情通报");
        // 5000 sandbags: the nearest warehouse has 3000, the next one gives the other 2000
        assertThat(p.lines(LineKind.ITEM)).filteredOn(l -> l.needCode().equals("SANDBAG"))
                .extracting(ProposalLine::resourceId, ProposalLine::quantity)
                .containsExactly(Tuple.tuple(town.nearWarehouseSandbags, 3000),
                        Tuple.tuple(town.northWarehouseSandbags, 2000));
        assertThat(p.lines(LineKind.ITEM).get(0).distanceMeters()).isBetween(495.0, 505.0);
        // 60 flood fighters: 30 + 25 is not enough, so the third-nearest team comes too
        assertThat(p.lines(LineKind.TEAM)).extracting(ProposalLine::resourceId)
                .containsExactly(town.team30, town.team25, town.team40);
        assertThat(p.lines(LineKind.EXPERT)).hasSize(2).first()
                .extracting(ProposalLine::resourceId).isEqualTo(town.expertNear);
        // only 10 pumps exist: the shortfall is spelled out
        assertThat(p.shortfalls()).singleElement().satisfies(s -> {
            assertThat(s.needCode()).isEqualTo("PUMP");
            assertThat(s.missing()).isEqualTo(2);
            assertThat(s.message()).contains("缺 2台");
        });
    }

    @Test
    void committing_reserves_the_stock_commits_the_teams_and_keeps_the_plan_version() {
        Proposal p = activations.propose(town.planId, ResponseLevel.I, riverCrossing);
        long id = activations.commit(p, p.request(), Adjustments.none(), "指挥长王");

        Activation a = activations.activation(id);
        assertThat(a.getPlanRevision()).isEqualTo(1);
        assertThat(a.getStatus()).isEqualTo(ActivationStatus.ACTIVE);
        assertThat(stock(town.nearWarehouseSandbags).getReserved()).isEqualTo(3000);
        assertThat(stock(town.northWarehouseSandbags).getReserved()).isEqualTo(2000);
        assertThat(stock(town.northWarehousePumps).getReserved()).isEqualTo(10);
        assertThat(team(town.team40).getStatus()).isEqualTo(TeamStatus.COMMITTED);
        assertThat(db.transact(s -> s.find(Expert.class, town.expertNear)).isAvailable()).isFalse();
        assertThat(activations.lines(id)).hasSize(p.lines().size())
                .allSatisfy(l -> assertThat(l.getStatus()).isEqualTo(LineStatus.SENT));
        assertThat(new ResourceService(db, clock).movements(town.nearWarehouseSandbags))
                .singleElement().satisfies(m -> {
                    assertThat(m.getKind()).isEqualTo(MovementKind.RESERVED);
                    assertThat(m.getActivationId()).isEqualTo(id);
                    assertThat(m.getActor()).isEqualTo("指挥长王");
                });
        assertThat(activations.log(id)).extracting(ActivationLogEntry::getAction)
                .containsExactly(ActivationLogEntry.Action.ACTIVATED);
        // the next proposal no longer sees what is held
        Proposal next = activations.propose(town.planId, ResponseLevel.III, riverCrossing);
        assertThat(next.lines(LineKind.ITEM)).extracting(ProposalLine::resourceId)
                .containsExactly(town.northWarehouseSandbags);
    }

    @Test
    void the_commander_adjusts_lines_before_committing() {
        Proposal p = activations.propose(town.planId, ResponseLevel.I, riverCrossing);
        String far = p.lines(LineKind.TEAM).get(2).ref();
        String near = p.lines(LineKind.ITEM).get(0).ref();
        long id = activations.commit(p, p.request(), Adjustments.none().withDropped(far).withQuantity(near, 1000),
                "指挥长王");

        assertThat(team(town.team40).getStatus()).isEqualTo(TeamStatus.AVAILABLE);
        assertThat(stock(town.nearWarehouseSandbags).getReserved()).isEqualTo(1000);
        assertThat(activations.lines(id)).hasSize(p.lines().size() - 1);
    }

    @Test
    void the_board_tracks_each_line_forward_only_and_teams_follow() {
        long id = Commits.asProposed(activations, activations.propose(town.planId, ResponseLevel.I, riverCrossing),
                Adjustments.none(), "指挥长王");
        ActivationLine teamLine = activations.lines(id).stream().filter(l -> l.getKind() == LineKind.TEAM)
                .findFirst().orElseThrow();
        clock.advance(Duration.ofMinutes(12));
        activations.updateLine(teamLine.getId(), LineStatus.EN_ROUTE, "值班员");
        clock.advance(Duration.ofMinutes(20));
        activations.updateLine(teamLine.getId(), LineStatus.ON_SITE, "值班员");

        assertThat(team(town.team30).getStatus()).isEqualTo(TeamStatus.ON_SITE);
        assertThatThrownBy(() -> activations.updateLine(teamLine.getId(), LineStatus.SENT, "值班员"))
                .hasMessageContaining("cannot become SENT");
        assertThat(activations.log(id)).extracting(ActivationLogEntry::getDetail)
                .anySatisfy(d -> assertThat(d).contains("EN_ROUTE → ON_SITE"));
    }

    @Test
    void a_downgrade_gives_back_the_farthest_resources_and_an_upgrade_takes_the_nearest_free_ones() {
        long id = Commits.asProposed(activations, activations.propose(town.planId, ResponseLevel.I, riverCrossing),
                Adjustments.none(), "指挥长王");

        LevelChange down = activations.changeLevel(id, ResponseLevel.III);
        assertThat(down.isUpgrade()).isFalse();
        activations.applyLevelChange(down, Adjustments.none(), "指挥长王");
        // 2000 sandbags kept, from the nearest warehouse; pumps not needed at III; 30 of 20 flood fighters kept
        assertThat(stock(town.northWarehouseSandbags).getReserved()).isZero();
        assertThat(stock(town.nearWarehouseSandbags).getReserved()).isEqualTo(2000);
        assertThat(stock(town.northWarehousePumps).getReserved()).isZero();
        assertThat(team(town.team30).getStatus()).isEqualTo(TeamStatus.COMMITTED);
        assertThat(team(town.team40).getStatus()).isEqualTo(TeamStatus.AVAILABLE);
        assertThat(down.additions().lines()).extracting(ProposalLine::label)
                .containsExactly("滨河社区居委会：巡查易涝点");
        assertThat(activations.activation(id).getLevel()).isEqualTo(ResponseLevel.III);

        LevelChange up = activations.changeLevel(id, ResponseLevel.I);
        assertThat(up.isUpgrade()).isTrue();
        assertThat(up.releases()).isEmpty();
        assertThat(up.additions().lines(LineKind.ITEM)).extracting(ProposalLine::quantity)
                .containsExactly(1000, 2000, 10);
        assertThat(up.additions().lines(LineKind.TEAM)).extracting(ProposalLine::resourceId)
                .containsExactly(town.team25, town.team40);
        activations.applyLevelChange(up, Adjustments.none(), "指挥长王");
        assertThat(stock(town.nearWarehouseSandbags).getReserved()).isEqualTo(3000);
        assertThat(activations.log(id)).extracting(ActivationLogEntry::getAction).containsExactly(
                ActivationLogEntry.Action.ACTIVATED, ActivationLogEntry.Action.LEVEL_CHANGED,
                ActivationLogEntry.Action.LEVEL_CHANGED);
    }

    @Test
    void stand_down_releases_what_is_left_frees_everyone_and_closes_with_a_summary() {
        long id = Commits.asProposed(activations, activations.propose(town.planId, ResponseLevel.I, riverCrossing),
                Adjustments.none(), "指挥长王");
        List<ActivationLine> lines = activations.lines(id);
        ActivationLine task = lines.stream().filter(l -> l.getKind() == LineKind.TASK).findFirst().orElseThrow();
        clock.advance(Duration.ofMinutes(40));
        activations.updateLine(task.getId(), LineStatus.DONE, "滨河社区");
        clock.advance(Duration.ofHours(5));

        StandDownSummary summary = standDown().standDown(id, StandDownOrder.releaseAll("响应终止"), "指挥长王");

        assertThat(summary.activeFor()).isEqualTo(Duration.ofMinutes(340));
        assertThat(summary.tasks()).isEqualTo(3);
        assertThat(summary.tasksDone()).isEqualTo(1);
        assertThat(summary.people()).isEqualTo(95);
        assertThat(summary.itemsReleasedByCode()).containsEntry("SANDBAG", 5000).containsEntry("PUMP", 10);
        assertThat(summary.itemsUsed()).isEmpty();
        assertThat(summary.itemsReleased()).filteredOn(i -> i.itemCode().equals("SANDBAG")).singleElement()
                .satisfies(i -> assertThat(i.itemName()).isEqualTo("编织袋"));
        assertThat(stock(town.nearWarehouseSandbags).getReserved()).isZero();
        assertThat(stock(town.northWarehousePumps).getReserved()).isZero();
        assertThat(team(town.team30).getStatus()).isEqualTo(TeamStatus.AVAILABLE);
        assertThat(db.transact(s -> s.find(Expert.class, town.expertNear)).isAvailable()).isTrue();
        Activation a = activations.activation(id);
        assertThat(a.getStatus()).isEqualTo(ActivationStatus.STOOD_DOWN);
        assertThat(a.getSummary()).contains("\"tasks_done\":1").contains("\"SANDBAG\":5000");
        assertThat(activations.lines(id)).allSatisfy(l -> assertThat(l.isOpen()).isFalse());
        assertThat(activations.lines(id)).filteredOn(l -> l.getId().equals(task.getId()))
                .extracting(ActivationLine::getStatus).containsExactly(LineStatus.DONE);
        assertThat(activations.log(id)).last().satisfies(e -> {
            assertThat(e.getAction()).isEqualTo(ActivationLogEntry.Action.STOOD_DOWN);
            assertThat(e.getOccurredAt()).isEqualTo(clock.instant());
        });
        assertThatThrownBy(() -> standDown().standDown(id, StandDownOrder.releaseAll("响应终止"), "指挥长王"))
                .hasMessageContaining("stood down");
    }

    @Test
    void sandbags_used_in_the_response_leave_the_warehouse_and_only_the_rest_goes_back() {
        long id = Commits.asProposed(activations, activations.propose(town.planId, ResponseLevel.I, riverCrossing),
                Adjustments.none(), "指挥长王");
        ActivationLine near = activations.lines(id).stream()
                .filter(l -> l.getResourceId() == town.nearWarehouseSandbags).findFirst().orElseThrow();
        int before = stock(town.nearWarehouseSandbags).getQuantity();

        StandDownSummary summary = standDown().standDown(id, new StandDownOrder(
                Map.of(near.getId(), 1200), Set.of(), "响应终止"), "指挥长王");

        StockItem after = stock(town.nearWarehouseSandbags);
        assertThat(after.getQuantity()).isEqualTo(before - 1200);
        assertThat(after.getReserved()).isZero();
        assertThat(summary.itemsUsedByCode()).containsExactly(Map.entry("SANDBAG", 1200));
        assertThat(summary.itemsReleasedByCode()).containsEntry("SANDBAG", 5000 - 1200);
        assertThat(new ResourceService(db, clock).movements(town.nearWarehouseSandbags))
                .extracting(m -> m.getKind(), m -> m.getQuantity(), m -> m.getActivationId())
                .contains(Tuple.tuple(MovementKind.CONSUMED, 1200, id),
                        Tuple.tuple(MovementKind.RELEASED, 3000 - 1200, id));
        assertThat(activations.lines(id)).filteredOn(l -> l.getId().equals(near.getId()))
                .extracting(ActivationLine::getConsumed).containsExactly(1200);
    }

    @Test
    void the_commander_cannot_book_more_used_than_was_held_and_then_nothing_changes() {
        long id = Commits.asProposed(activations, activations.propose(town.planId, ResponseLevel.I, riverCrossing),
                Adjustments.none(), "指挥长王");
        ActivationLine near = activations.lines(id).stream()
                .filter(l -> l.getResourceId() == town.nearWarehouseSandbags).findFirst().orElseThrow();

        assertThatThrownBy(() -> standDown().standDown(id, new StandDownOrder(Map.of(near.getId(), 3001),
                Set.of(), "响应终止"), "指挥长王")).hasMessageContaining("3001 used, but 3000 were held");

        assertThat(activations.activation(id).getStatus()).isEqualTo(ActivationStatus.ACTIVE);
        assertThat(stock(town.nearWarehouseSandbags).getReserved()).isEqualTo(3000);
    }

    @Test
    void a_level_four_proposal_cannot_be_committed_once_the_commander_has_chosen_level_two() {
        Proposal atFour = activations.propose(town.planId, ResponseLevel.III, riverCrossing);
        ActivationRequest nowChosen = new ActivationRequest(town.planId, ResponseLevel.I, riverCrossing);

        assertThatThrownBy(() -> activations.commit(atFour, nowChosen, Adjustments.none(), "指挥长王"))
                .isInstanceOfSatisfying(CommitConflict.class, c -> {
                    assertThat(c.why()).isEqualTo(CommitConflict.Why.STALE_PROPOSAL);
                    assertThat(c.reproposal().level()).isEqualTo(ResponseLevel.I);
                    assertThat(c.reproposal().request()).isEqualTo(nowChosen);
                });
        assertThat(activations.activeActivations()).isEmpty();
        assertThat(stock(town.nearWarehouseSandbags).getReserved()).isZero();
    }

    @Test
    void a_proposal_for_another_area_or_a_revised_plan_is_refused_with_a_fresh_one() {
        Proposal here = activations.propose(town.planId, ResponseLevel.III, riverCrossing);
        AffectedArea elsewhere = new AffectedArea.Circle(FloodScenario.LON, FloodScenario.LAT, 3000);
        assertThatThrownBy(() -> activations.commit(here, new ActivationRequest(town.planId, ResponseLevel.III,
                elsewhere), Adjustments.none(), "指挥长王")).isInstanceOfSatisfying(CommitConflict.class,
                c -> assertThat(c.why()).isEqualTo(CommitConflict.Why.STALE_PROPOSAL));

        PlanLibrary library = new PlanLibrary(db, activations);
        library.revise(town.planId, null, null, library.levels(town.planId));

        assertThatThrownBy(() -> activations.commit(here, here.request(), Adjustments.none(), "指挥长王"))
                .isInstanceOfSatisfying(CommitConflict.class, c -> {
                    assertThat(c.why()).isEqualTo(CommitConflict.Why.PLAN_REVISED);
                    assertThat(c.reproposal().planRevision()).isEqualTo(2);
                });
        assertThat(activations.activeActivations()).isEmpty();
    }

    private StandDown standDown() {
        return new StandDown(activations, new EventService(db, clock), clock);
    }

    @Test
    void whole_grids_a_polygon_or_a_buffer_around_the_incident_can_be_the_area() {
        AffectedArea grid = new AffectedArea.Areas(activations.areaIdsByCode(List.of("G-RIVER-01")));
        Proposal byGrid = activations.propose("FLOOD-01", ResponseLevel.III, grid);
        assertThat(byGrid.area().description()).isEqualTo("滨河第一网格");
        assertThat(byGrid.lines(LineKind.TASK)).extracting(ProposalLine::resourceCode).containsExactly("CM-RIVER");

        AffectedArea polygon = new AffectedArea.Polygon(FloodScenario.square(0, 12_000, 500));
        assertThat(activations.propose("FLOOD-01", ResponseLevel.III, polygon).lines(LineKind.TASK))
                .extracting(ProposalLine::resourceCode).containsExactly("CM-HILL");

        AffectedArea buffer = new AffectedArea.Buffer(FloodScenario.at(0, 0), 300);
        assertThat(activations.propose("FLOOD-01", ResponseLevel.III, buffer).area().shape().getArea())
                .isPositive();
        assertThatThrownBy(() -> activations.areaIdsByCode(List.of("NOPE"))).hasMessageContaining("NOPE");
        assertThatThrownBy(() -> activations.propose("FLOOD-99", ResponseLevel.I, riverCrossing))
                .hasMessageContaining("FLOOD-01");
        assertThatThrownBy(() -> activations.propose("FLOOD-01", ResponseLevel.II, riverCrossing))
                .hasMessageContaining("no level II");
    }

    private StockItem stock(long id) {
        return db.transact(s -> s.find(StockItem.class, id));
    }

    private Team team(long id) {
        return db.transact(s -> s.find(Team.class, id));
    }
}
