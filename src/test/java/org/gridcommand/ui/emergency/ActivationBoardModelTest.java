package org.gridcommand.ui.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.emergency.LineKind;
import org.gridcommand.domain.emergency.LineStatus;
import org.gridcommand.domain.plan.ResponseLevel;
import org.gridcommand.service.emergency.EmergencyCommand;
import org.gridcommand.service.emergency.EmergencyServices;
import org.gridcommand.service.emergency.FloodScenario;
import org.gridcommand.service.event.EventService;
import org.gridcommand.store.Database;
import org.gridcommand.store.TestDatabases;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;
import org.gridcommand.ui.emergency.ActivationBoardModel.Stage;
import org.gridcommand.ui.resources.StockWords;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The activation board's view-model on a real H2 town, with the background seam run in line. */
class ActivationBoardModelTest {
    @TempDir
    Path dir;

    private Database db;
    private FloodScenario town;
    private EmergencyCommand command;
    private Messages messages;
    private final AreaChoice riverCrossing = new AreaChoice.Circle(FloodScenario.LON, FloodScenario.LAT, 1000);

    @BeforeEach
    void openTown() {
        db = Database.open(TestDatabases.h2(dir));
        town = FloodScenario.create(db);
        FloodScenario.TestClock clock = new FloodScenario.TestClock();
        command = new EmergencyCommand(new EmergencyServices(db, clock), new EventService(db, clock), clock);
        messages = new Messages(Locale.SIMPLIFIED_CHINESE).forFeature("org.gridcommand.ui.emergency.messages");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ActivationBoardModel board() {
        return new ActivationBoardModel(command, new BackgroundTasks(Runnable::run, Runnable::run), messages,
                new BoardWords(messages, new StockWords(new Messages(Locale.SIMPLIFIED_CHINESE))), "指挥长王");
    }

    @Test
    void one_key_shows_tasks_supplies_teams_experts_and_the_missing_pumps_in_red() {
        ActivationBoardModel board = board();
        board.activate(town.planId, ResponseLevel.I, riverCrossing);

        assertThat(board.stageProperty().get()).isEqualTo(Stage.PROPOSED);
        assertThat(board.lines()).extracting(BoardLine::kind)
                .contains(LineKind.TASK, LineKind.ITEM, LineKind.TEAM, LineKind.EXPERT);
        assertThat(board.shortfalls()).singleElement().asString().contains("缺 2台");
        assertThat(board.pictureProperty().get().pins()).isNotEmpty();
        assertThat(board.pictureProperty().get().committed()).isFalse();
    }

    @Test
    void the_commander_drops_a_team_and_takes_fewer_sandbags_then_commits_and_tracks_a_line() {
        ActivationBoardModel board = board();
        board.activate(town.planId, ResponseLevel.I, riverCrossing);
        BoardLine farTeam = board.lines().stream().filter(l -> l.kind() == LineKind.TEAM).reduce((a, b) -> b)
                .orElseThrow();
        BoardLine sandbags = board.lines().stream().filter(l -> l.kind() == LineKind.ITEM).findFirst().orElseThrow();
        farTeam.includedProperty().set(false);
        sandbags.quantityProperty().set(1000);
        int proposed = board.lines().size();

        board.commit();

        assertThat(board.stageProperty().get()).isEqualTo(Stage.ACTIVE);
        assertThat(board.lines()).hasSize(proposed - 1)
                .allSatisfy(l -> assertThat(l.statusProperty().get()).isEqualTo(LineStatus.SENT));
        assertThat(board.lines()).filteredOn(l -> l.kind() == LineKind.ITEM).first()
                .satisfies(l -> assertThat(l.quantityProperty().get()).isEqualTo(1000));
        assertThat(board.lines()).filteredOn(l -> l.kind() == LineKind.TASK)
                .allSatisfy(l -> assertThat(l.eventId()).as("task raised as an event").isNotNull());
        BoardLine team = board.lines().stream().filter(l -> l.kind() == LineKind.TEAM).findFirst().orElseThrow();
        board.advance(team);
        assertThat(board.lines()).filteredOn(l -> l.lineId().equals(team.lineId())).singleElement()
                .satisfies(l -> assertThat(l.statusProperty().get()).isEqualTo(LineStatus.EN_ROUTE));
        assertThat(board.pictureProperty().get().committed()).isTrue();
    }

    @Test
    void raising_the_level_adds_what_level_one_needs_and_stand_down_shows_the_summary() {
        ActivationBoardModel board = board();
        board.activate(town.planId, ResponseLevel.III, riverCrossing);
        board.commit();
        int atThree = board.lines().size();

        board.proposeLevel(ResponseLevel.I);
        assertThat(board.levelChangeProperty().get()).isNotNull();
        board.applyLevelChange();

        assertThat(board.activationProperty().get().getLevel()).isEqualTo(ResponseLevel.I);
        assertThat(board.lines().size()).isGreaterThan(atThree);
        board.standDown();
        assertThat(board.stageProperty().get()).as("asks first").isEqualTo(Stage.ACTIVE);
        board.confirmStandDown();
        assertThat(board.stageProperty().get()).isEqualTo(Stage.STOOD_DOWN);
        assertThat(board.summaryProperty().get().tasks()).isPositive();
        assertThat(board.lines()).allSatisfy(l -> assertThat(l.statusProperty().get())
                .isIn(LineStatus.RELEASED, LineStatus.DONE));
    }

    @Test
    void when_another_commander_took_the_stock_first_the_board_says_so_and_shows_a_fresh_proposal() {
        ActivationBoardModel mine = board();
        ActivationBoardModel theirs = board();
        mine.activate(town.planId, ResponseLevel.I, riverCrossing);
        theirs.activate(town.planId, ResponseLevel.I, riverCrossing);
        theirs.commit();

        mine.commit();

        assertThat(mine.stageProperty().get()).isEqualTo(Stage.PROPOSED);
        assertThat(mine.messageProperty().get()).contains("未能下达").contains("另一位指挥员");
        assertThat(mine.lines()).filteredOn(l -> l.kind() == LineKind.ITEM).extracting(BoardLine::who)
                .noneMatch(label -> label.contains("滨河应急仓库"));
    }

    @Test
    void a_whole_grid_selected_on_the_map_is_the_affected_area() {
        Area grid = db.transact(s -> s.find(Area.class, town.riversideGrid));
        ActivationBoardModel board = board();
        board.activate(town.planId, ResponseLevel.III, new AreaChoice.Selected(grid));

        assertThat(board.proposalProperty().get().area().description()).contains("滨河第一网格");
    }
}
