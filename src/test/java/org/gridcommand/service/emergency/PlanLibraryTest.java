package org.gridcommand.service.emergency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.gridcommand.domain.emergency.AffectedArea;
import org.gridcommand.domain.emergency.LineKind;
import org.gridcommand.domain.emergency.PlanFormatException;
import org.gridcommand.domain.plan.Plan;
import org.gridcommand.domain.plan.ResponseLevel;
import org.gridcommand.service.Backend;
import org.gridcommand.service.SignedIn;
import org.gridcommand.store.Database;
import org.gridcommand.store.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Editing a plan writes a new revision; running activations keep theirs. Real H2. */
class PlanLibraryTest {
    @TempDir
    Path dir;

    private Database db;
    private FloodScenario town;
    private Backend backend;
    private final AffectedArea riverCrossing = new AffectedArea.Circle(FloodScenario.LON, FloodScenario.LAT, 1000);

    @BeforeEach
    void openTown() {
        db = Database.open(TestDatabases.h2(dir));
        town = FloodScenario.create(db);
        FloodScenario.TestClock clock = new FloodScenario.TestClock();
        backend = SignedIn.commander(db, clock);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void an_edit_creates_revision_two_and_the_running_activation_keeps_revision_one() {
        ActivationService activations = backend.activations();
        long running = Commits.asProposed(activations, activations.propose(town.planId, ResponseLevel.III,
                riverCrossing),
                Adjustments.none(), "指挥长王");

        List<PlanLibrary.LevelText> levels = new ArrayList<>(backend.planLibrary().levels(town.planId));
        PlanLibrary.LevelText iii = levels.get(1);
        assertThat(iii.level()).isEqualTo(ResponseLevel.III);
        levels.set(1, new PlanLibrary.LevelText(iii.level(), "WATER_LEVEL >= 4.0", iii.actions(),
                "ITEM|SANDBAG|500\nEXPERT|水利|1"));
        Plan r2 = backend.planLibrary().revise(town.planId, null, null, levels);

        assertThat(r2.getRevision()).isEqualTo(2);
        assertThat(backend.planLibrary().currentPlans()).extracting(Plan::getId).containsExactly(r2.getId());
        assertThat(backend.planLibrary().revisions("FLOOD-01")).extracting(Plan::getRevision).containsExactly(2, 1);
        assertThat(activations.activation(running).getPlanRevision()).isEqualTo(1);
        Proposal now = activations.propose("FLOOD-01", ResponseLevel.III, riverCrossing);
        assertThat(now.planRevision()).isEqualTo(2);
        assertThat(now.lines(LineKind.TEAM)).isEmpty();
        assertThat(activations.planTriggers()).extracting(t -> t.level().getTrigger())
                .contains("WATER_LEVEL >= 4.0");
    }

    @Test
    void a_trigger_that_does_not_parse_is_refused_and_nothing_is_saved() {
        List<PlanLibrary.LevelText> levels = new ArrayList<>(backend.planLibrary().levels(town.planId));
        PlanLibrary.LevelText i = levels.get(0);
        levels.set(0, new PlanLibrary.LevelText(i.level(), "WATER_LEVEL about 4", i.actions(), i.needs()));

        assertThatThrownBy(() -> backend.planLibrary().revise(town.planId, null, null, levels))
                .isInstanceOf(PlanFormatException.class);
        assertThat(backend.planLibrary().revisions("FLOOD-01")).hasSize(1);
    }

    @Test
    void editing_a_revision_that_is_no_longer_current_is_refused() {
        List<PlanLibrary.LevelText> levels = backend.planLibrary().levels(town.planId);
        backend.planLibrary().revise(town.planId, "滨江区防汛应急预案（修订）", null, levels);

        assertThatThrownBy(() -> backend.planLibrary().revise(town.planId, null, null, levels))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("revised meanwhile");
    }
}
