package org.gridcommand.service.drill;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.gridcommand.demo.DemoCityService;
import org.gridcommand.demo.DemoScale;
import org.gridcommand.domain.drill.CityCodes;
import org.gridcommand.domain.emergency.AffectedArea;
import org.gridcommand.domain.event.Channel;
import org.gridcommand.domain.event.Urgency;
import org.gridcommand.domain.plan.ResponseLevel;
import org.gridcommand.domain.time.ConsoleClock;
import org.gridcommand.service.Backend;
import org.gridcommand.service.emergency.Adjustments;
import org.gridcommand.service.emergency.Proposal;
import org.gridcommand.service.emergency.ActivationService;
import org.gridcommand.service.event.EventService;
import org.gridcommand.service.event.IntakeReport;
import org.gridcommand.service.resources.StockBook;
import org.gridcommand.store.Database;
import org.gridcommand.store.DatabaseLocation;
import org.gridcommand.store.TestDatabases;
import org.gridcommand.store.drill.DrillCityStore;
import org.gridcommand.store.drill.DrillCopies;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Whatever the players do in a drill, the live city is byte for byte what it was: counts and checksums. */
class DrillIsolationTest {
    @TempDir
    Path dir;

    static Stream<DatabaseLocation.Vendor> vendors() {
        return TestDatabases.vendors();
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void reports_dispatches_stock_and_an_activation_in_a_drill_leave_the_live_city_unchanged(
            DatabaseLocation.Vendor vendor) throws Exception {
        DatabaseLocation liveLocation = TestDatabases.fresh(vendor, dir);
        ConsoleClock drillClock = new ConsoleClock(Clock.systemUTC(), ZoneId.of("Asia/Shanghai"));
        drillClock.runAt(Instant.parse("2026-07-12T15:00:00Z"), 1);
        try (Database live = Database.open(liveLocation)) {
            new DemoCityService(live, drillClock).create(7L, DemoScale.SMALL, (step, f) -> { });
            CityCodes codes = new DrillCityStore(live).codes();
            String category = codes.categories().stream().filter(c -> c.length() == 7).sorted().findFirst()
                    .orElseThrow();
            String grid = codes.grids().stream().sorted().findFirst().orElseThrow();
            Map<String, String> before = LiveFingerprint.of(liveLocation);
            DrillCity drill = new DrillCities(live).start(drillClock);
            long drillEvent;
            try {
                Backend city = drill.services();
                EventService events = city.systemEvents();
                drillEvent = events.intake(new IntakeReport(Channel.HOTLINE, "DRILL-1", null, "演练：下穿通道积水",
                        "演练注入", null, null, null, "导调", null, Urgency.URGENT)).event().getId();
                events.register(drillEvent, events.find(drillEvent).getVersion(), category, "值班员", null);
                StockBook.WarehouseRef warehouse = city.systemResources().stock().warehouses().get(0);
                StockBook.StockLine line = city.systemResources().stock().stock(warehouse.id()).get(0);
                city.systemResources().stock().issue(warehouse.id(), line.itemCode(), 1, "仓管员", "演练出库");
                ActivationService activations = city.systemActivations();
                Proposal p = activations.propose("YA-FLOOD-01", ResponseLevel.IV,
                        new AffectedArea.Areas(activations.areaIdsByCode(List.of(grid)))).asDrill();
                activations.commit(p, p.request(), Adjustments.none(), "指挥长");

                assertThat(city.systemEvents().find(drillEvent).getTitle()).isEqualTo("演练：下穿通道积水");
                assertThat(city.systemActivations().activeActivations()).isNotEmpty();
                assertThat(LiveFingerprint.of(liveLocation)).as("live data while the drill runs").isEqualTo(before);
            } finally {
                drill.close();
            }

            assertThat(LiveFingerprint.of(liveLocation)).isEqualTo(before);
            assertThat(before.get(vendor == DatabaseLocation.Vendor.H2 ? "EVENT" : "event")).startsWith("3000 rows");
            assertThatThrownBy(() -> new EventService(live, drillClock).find(drillEvent))
                    .as("the drill's event is not in the live city").isNotNull();
            if (vendor == DatabaseLocation.Vendor.H2) {
                try (Stream<Path> left = Files.list(DrillCopies.folder(liveLocation.file()))) {
                    assertThat(left.filter(f -> f.toString().endsWith(".mv.db"))).as("the copy is removed").isEmpty();
                }
            }
        }
    }

}
