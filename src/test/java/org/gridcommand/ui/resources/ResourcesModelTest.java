package org.gridcommand.ui.resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.gridcommand.domain.plan.ResponseLevel;
import org.gridcommand.domain.resource.TeamStatus;
import org.gridcommand.domain.emergency.AffectedArea;
import org.gridcommand.domain.emergency.MovementKind;
import org.gridcommand.domain.emergency.StockMovement;
import org.gridcommand.service.emergency.ActivationService;
import org.gridcommand.service.emergency.Adjustments;
import org.gridcommand.service.emergency.Commits;
import org.gridcommand.service.emergency.FloodScenario;
import org.gridcommand.service.resources.ResourceService;
import org.gridcommand.store.Database;
import org.gridcommand.store.TestDatabases;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resource lookup as the duty officer uses it, on a real H2 town. */
class ResourcesModelTest {
    @TempDir
    Path dir;

    private Database db;
    private FloodScenario town;
    private ResourceService resources;
    private ResourcesModel model;

    @BeforeEach
    void openTown() {
        db = Database.open(TestDatabases.h2(dir));
        town = FloodScenario.create(db);
        FloodScenario.TestClock clock = new FloodScenario.TestClock();
        resources = new ResourceService(db, clock);
        Messages console = new Messages(Locale.SIMPLIFIED_CHINESE);
        model = new ResourcesModel(resources, new BackgroundTasks(Runnable::run, Runnable::run),
                console.forFeature("org.gridcommand.ui.resources.messages"), new StockWords(console));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void searching_sandbags_from_the_river_crossing_lists_the_nearest_warehouse_first() {
        model.originProperty().set(new ResourcesModel.Origin(FloodScenario.LON, FloodScenario.LAT, "滨河"));
        model.searchProperty().set("编织袋");
        model.refresh(false);

        assertThat(model.stock()).extracting(r -> r.resource().stockItemId())
                .containsExactly(town.nearWarehouseSandbags, town.northWarehouseSandbags, town.farWarehouseSandbags);
        assertThat(model.stock().get(0).distanceMeters()).isBetween(495.0, 505.0);
    }

    @Test
    void teams_filter_by_skill_and_status_and_experts_by_field() {
        model.originProperty().set(new ResourcesModel.Origin(FloodScenario.LON, FloodScenario.LAT, "滨河"));
        model.searchProperty().set("排涝");
        model.teamStatusProperty().set(TeamStatus.AVAILABLE);
        model.refresh(false);
        assertThat(model.teams()).extracting(r -> r.resource().code()).containsExactly("T-PUMP", "T-30");

        model.searchProperty().set("消防");
        model.teamStatusProperty().set(null);
        model.refresh(false);
        assertThat(model.experts()).extracting(r -> r.resource().name()).containsExactly("赵工");
    }

    @Test
    void a_reservation_shows_in_the_warehouse_movements_and_the_free_quantity() {
        ActivationService activations = new ActivationService(db, new FloodScenario.TestClock(), resources);
        Commits.asProposed(activations, activations.propose(town.planId, ResponseLevel.III,
                new AffectedArea.Circle(FloodScenario.LON, FloodScenario.LAT, 1000)), Adjustments.none(), "指挥长王");
        model.searchProperty().set("SANDBAG");
        model.refresh(true);

        var near = model.stock().stream().filter(r -> r.resource().stockItemId() == town.nearWarehouseSandbags)
                .findFirst().orElseThrow();
        assertThat(near.resource().available()).isEqualTo(1000);
        model.showMovements(near.resource());
        assertThat(model.movements()).extracting(StockMovement::getKind).containsExactly(MovementKind.RESERVED);
    }
}
