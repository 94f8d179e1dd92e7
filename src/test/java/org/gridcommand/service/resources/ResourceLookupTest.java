package org.gridcommand.service.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.assertj.core.groups.Tuple;
import org.gridcommand.domain.emergency.MovementKind;
import org.gridcommand.domain.emergency.StockMovement;
import org.gridcommand.domain.resource.TeamStatus;
import org.gridcommand.geo.nearest.Neighbour;
import org.gridcommand.service.emergency.FloodScenario;
import org.gridcommand.store.Database;
import org.gridcommand.store.TestDatabases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The duty officer looks up resources outside any emergency, and the storekeeper's movements are recorded. */
class ResourceLookupTest {
    @TempDir
    Path dir;

    @Test
    void teams_and_experts_come_nearest_first_and_stock_movements_are_recorded() {
        try (Database db = Database.open(TestDatabases.h2(dir))) {
            FloodScenario town = FloodScenario.create(db);
            ResourceService resources = new ResourceService(db, new FloodScenario.TestClock());
            double lon = FloodScenario.LON;
            double lat = FloodScenario.LAT;

            assertThat(resources.teams("防汛抢险", TeamStatus.AVAILABLE, lon, lat, 10)).extracting(n -> n.item().code())
                    .containsExactly("T-30", "T-25", "T-40");
            assertThat(resources.experts("水利", true, lon, lat, 1)).extracting(n -> n.item().name())
                    .containsExactly("张工");
            Neighbour<ExpertSnapshot> any = resources.experts(null, false, lon, lat, 1).get(0);
            assertThat(any.item().name()).isEqualTo("赵工");

            resources.receive(town.farWarehouseSandbags, 500, "库管员", "采购入库");
            resources.issue(town.farWarehouseSandbags, 200, "库管员", "借调邻区");
            assertThatThrownBy(() -> resources.issue(town.farWarehouseSandbags, 5000, "库管员", "超发"))
                    .isInstanceOf(StockShortage.class).hasMessageContaining("only 1300");
            assertThat(resources.movements(town.farWarehouseSandbags)).extracting(StockMovement::getKind,
                    StockMovement::getQuantity, StockMovement::getReason).containsExactly(
                    Tuple.tuple(MovementKind.IN, 500, "采购入库"),
                    Tuple.tuple(MovementKind.OUT, 200, "借调邻区"));
        }
    }
}
