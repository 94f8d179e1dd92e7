package org.gridcommand.service.emergency;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.gridcommand.domain.emergency.AffectedArea;
import org.gridcommand.domain.emergency.LineKind;
import org.gridcommand.domain.emergency.MovementKind;
import org.gridcommand.domain.plan.ResponseLevel;
import org.gridcommand.domain.resource.StockItem;
import org.gridcommand.service.event.EventService;
import org.gridcommand.service.resources.ResourceService;
import org.gridcommand.store.Database;
import org.gridcommand.store.DatabaseLocation;
import org.gridcommand.store.TestDatabases;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Two commanders on two consoles (two Database instances on one database) commit the same sandbags at the same
 * moment: one gets them, the other is told clearly and handed a fresh proposal; nothing is ever over-reserved.
 */
class TwoCommandersTest {
    @TempDir
    Path dir;

    static Stream<DatabaseLocation.Vendor> vendors() {
        return TestDatabases.vendors();
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void two_commanders_committing_the_same_stock_at_once_never_over_reserve(DatabaseLocation.Vendor vendor)
            throws Exception {
        DatabaseLocation location = TestDatabases.fresh(vendor, dir);
        try (Database east = Database.open(location); Database west = Database.open(location)) {
            FloodScenario town = FloodScenario.create(east);
            AffectedArea area = new AffectedArea.Circle(FloodScenario.LON, FloodScenario.LAT, 1000);
            for (int round = 0; round < 3; round++) {
                ActivationService a = new ActivationService(east, new FloodScenario.TestClock(),
                        new ResourceService(east, new FloodScenario.TestClock()));
                ActivationService b = new ActivationService(west, new FloodScenario.TestClock(),
                        new ResourceService(west, new FloodScenario.TestClock()));
                // both consoles see the same free stock and propose the same warehouses
                Proposal pa = a.propose(town.planId, ResponseLevel.I, area);
                Proposal pb = b.propose(town.planId, ResponseLevel.I, area);
                assertThat(pa.lines(LineKind.ITEM)).isEqualTo(pb.lines(LineKind.ITEM));

                CountDownLatch go = new CountDownLatch(1);
                ExecutorService pool = Executors.newFixedThreadPool(2);
                List<Future<Long>> results = new ArrayList<>();
                results.add(pool.submit(() -> {
                    go.await();
                    return a.commit(pa, pa.request(), Adjustments.none(), "东区指挥长");
                }));
                results.add(pool.submit(() -> {
                    go.await();
                    return b.commit(pb, pb.request(), Adjustments.none(), "西区指挥长");
                }));
                go.countDown();
                int committed = 0;
                long winner = 0;
                List<CommitConflict> conflicts = new ArrayList<>();
                for (Future<Long> f : results) {
                    try {
                        winner = f.get(60, TimeUnit.SECONDS);
                        committed++;
                    } catch (ExecutionException e) {
                        assertThat(e.getCause()).isInstanceOf(CommitConflict.class);
                        conflicts.add((CommitConflict) e.getCause());
                    }
                }
                pool.shutdown();

                assertThat(committed).as("exactly one commander gets the stock").isEqualTo(1);
                CommitConflict loser = conflicts.get(0);
                assertThat(loser.getMessage()).contains("未能提交").contains("重新生成方案");
                // the fresh proposal does not offer what the winner holds
                assertThat(loser.reproposal()).isNotNull();
                assertThat(loser.reproposal().lines(LineKind.ITEM)).extracting(ProposalLine::resourceId)
                        .doesNotContain(town.nearWarehouseSandbags);
                List<StockItem> stock = east.transact(s -> s.createSelectionQuery("from StockItem", StockItem.class)
                        .getResultList());
                assertThat(stock).allSatisfy(i -> assertThat(i.getReserved()).isBetween(0, i.getQuantity()));
                assertThat(stock).filteredOn(i -> i.getId() == town.nearWarehouseSandbags)
                        .extracting(StockItem::getReserved).containsExactly(3000);
                // only the winners' reservations are in the ledger (one per round)
                long movements = east.transact(s -> s.createSelectionQuery("select count(*) from StockMovement m "
                        + "where m.stockItemId = :id and m.kind = :kind", Long.class)
                        .setParameter("id", town.nearWarehouseSandbags).setParameter("kind", MovementKind.RESERVED)
                        .getSingleResult());
                assertThat(movements).isEqualTo(round + 1L);
                // stand down so the next round starts from the same free stock
                new StandDown(a, new EventService(east, new FloodScenario.TestClock()), new FloodScenario.TestClock())
                        .standDown(winner, StandDownOrder.releaseAll("响应终止"), "东区指挥长");
            }
        }
    }
}
