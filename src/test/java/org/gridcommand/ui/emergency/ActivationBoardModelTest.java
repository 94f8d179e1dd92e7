package org.gridcommand.ui.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.gridcommand.domain.area.Area;
import org.gridcommand.domain.emergency.LineKind;
import org.gridcommand.domain.emergency.LineStatus;
import org.gridcommand.domain.plan.ResponseLevel;
import org.gridcommand.service.Backend;
import org.gridcommand.service.SignedIn;
import org.gridcommand.service.emergency.FloodScenario;
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
    private Backend backend;
    private Messages messages;
    private final AreaChoice riverCrossing = new AreaChoice.Circle(FloodScenario.LON, FloodScenario.LAT, 1000);

    @BeforeEach
    void openTown() {
        db = Database.open(TestDatabases.h2(dir));
        town = FloodScenario.create(db);
        FloodScenario.TestClock clock = new FloodScenario.TestClock();
        backend = SignedIn.commander(db, clock);
        messages = new Messages(Locale.SIMPLIFIED_CHINESE).forFeature("org.gridcommand.ui.emergency.messages");
    }

    @AfterEach
    void close() {
        db.close();
    }

    private ActivationBoardModel board() {
        return new ActivationBoardModel(backend, new BackgroundTasks(Runnable::run, Runnable::run), messages,
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

    @Test
    void changing_the_level_after_f9_re_proposes_at_once_and_commits_the_new_level() {
        ActivationBoardModel board = board();
        board.activate(town.planId, ResponseLevel.III, riverCrossing);
        int atThree = board.lines().size();

        board.choose(town.planId, ResponseLevel.I, riverCrossing);

        assertThat(board.proposalProperty().get().level()).isEqualTo(ResponseLevel.I);
        assertThat(board.lines().size()).isGreaterThan(atThree);
        assertThat(board.staleProperty().get()).isFalse();
        board.commit();
        assertThat(board.activationProperty().get().getLevel()).isEqualTo(ResponseLevel.I);
    }

    @Test
    void a_proposal_whose_level_changed_while_it_was_computed_is_never_offered_for_commit() {
        List<Runnable> later = new ArrayList<>();
        ActivationBoardModel board = new ActivationBoardModel(backend, new BackgroundTasks(later::add, Runnable::run),
                messages, new BoardWords(messages, new StockWords(new Messages(Locale.SIMPLIFIED_CHINESE))), "指挥长王");
        board.activate(town.planId, ResponseLevel.III, riverCrossing);
        later.remove(0).run(); // the III proposal arrives
        board.choose(town.planId, ResponseLevel.I, riverCrossing); // the commander switches to I: re-proposing
        assertThat(board.canCommit()).as("while the I proposal is computed").isFalse();
        board.commit();
        assertThat(board.stageProperty().get()).isEqualTo(Stage.PROPOSED);

        later.remove(0).run();
        assertThat(board.proposalProperty().get().level()).isEqualTo(ResponseLevel.I);
        assertThat(board.canCommit()).isTrue();
    }

    @Test
    void without_a_chosen_area_the_proposal_is_stale_and_cannot_be_committed() {
        ActivationBoardModel board = board();
        board.activate(town.planId, ResponseLevel.III, riverCrossing);

        board.choose(town.planId, ResponseLevel.III, null);

        assertThat(board.staleProperty().get()).isTrue();
        assertThat(board.canCommit()).isFalse();
        assertThat(board.messageProperty().get()).contains("方案已失效");
    }

    @Test
    void an_exercise_proposal_from_the_flood_replay_is_shown_but_cannot_be_committed() {
        ActivationBoardModel board = board();
        board.activateExercise(town.planId, ResponseLevel.I, riverCrossing);

        assertThat(board.stageProperty().get()).isEqualTo(Stage.PROPOSED);
        assertThat(board.proposalProperty().get().drill()).isTrue();
        assertThat(board.canCommit()).isFalse();
        board.commit();
        assertThat(backend.activations().activeActivations()).isEmpty();
        assertThat(board.messageProperty().get()).contains("演练").contains("不能下达");
    }

    @Test
    void the_stand_down_asks_first_books_what_was_used_and_its_summary_speaks_chinese() {
        ActivationBoardModel board = board();
        board.activate(town.planId, ResponseLevel.I, riverCrossing);
        board.commit();
        board.standDown();
        StandDownModel review = board.standDownModel();
        assertThat(review.reviewProperty().get()).isNotNull();
        assertThat(board.activationProperty().get().getStoodDownAt()).as("nothing happened yet").isNull();
        review.items().stream().filter(r -> r.entry().line().getResourceId() == town.nearWarehouseSandbags)
                .findFirst().orElseThrow().usedProperty().set(1200);

        board.confirmStandDown();

        assertThat(board.stageProperty().get()).isEqualTo(Stage.STOOD_DOWN);
        assertThat(board.pictureProperty().get()).as("the response leaves the map").isNull();
        String text = board.words().summary(board.summaryProperty().get());
        assertThat(text).contains("消耗物资（已出库）：编织袋 1200条").contains("归还仓库：编织袋 3800条")
                .contains("历时 0 秒").doesNotContain("SANDBAG").doesNotContainPattern("[A-Za-z]{3,}");
    }

    @Test
    void in_english_the_summary_has_english_item_names_and_no_chinese_words_of_its_own() {
        Messages en = new Messages(Locale.ENGLISH).forFeature("org.gridcommand.ui.emergency.messages");
        ActivationBoardModel board = new ActivationBoardModel(backend, new BackgroundTasks(Runnable::run,
                Runnable::run), en, new BoardWords(en, new StockWords(new Messages(Locale.ENGLISH))), "commander");
        board.activate(town.planId, ResponseLevel.III, riverCrossing);
        board.commit();
        board.standDown();
        board.confirmStandDown();

        String text = board.words().summary(board.summaryProperty().get());
        // the plan's own name is data (滨江区防汛应急预案); every word around it is English
        assertThat(text.replace("滨江区防汛应急预案", "")).contains("Returned to the warehouses: 2,000 sandbags")
                .contains("lasted 0 s").doesNotContainPattern("\\p{IsHan}").doesNotContain("SANDBAG");
    }
}
