package org.gridcommand.service.resources;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.gridcommand.domain.emergency.AffectedArea;
import org.gridcommand.domain.emergency.MovementKind;
import org.gridcommand.domain.plan.ResponseLevel;
import org.gridcommand.service.emergency.ActivationService;
import org.gridcommand.service.emergency.Adjustments;
import org.gridcommand.service.emergency.Commits;
import org.gridcommand.service.emergency.FloodScenario;
import org.gridcommand.service.resources.StockBook.LedgerLine;
import org.gridcommand.service.resources.StockBook.StockLine;
import org.gridcommand.service.resources.StockBook.WarehouseRef;
import org.gridcommand.store.Database;
import org.gridcommand.store.TestDatabases;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The warehouse keeper's stock book on a real H2 town: receipts, issues, the ledger and the stock take. */
class StockBookTest {
    @TempDir
    Path dir;

    private Database db;
    private FloodScenario town;
    private FloodScenario.TestClock clock;
    private ResourceService resources;
    private StockBook book;
    private WarehouseRef near;

    @BeforeEach
    void openTown() {
        db = Database.open(TestDatabases.h2(dir));
        town = FloodScenario.create(db);
        clock = new FloodScenario.TestClock();
        resources = new ResourceService(db, clock);
        book = resources.stock();
        near = book.warehouse("W-NEAR");
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void a_delivery_and_an_issue_change_the_book_and_the_ledger_shows_each_with_its_balance() {
        book.receive(near.id(), "SANDBAG", 500, "库管员刘", "区应急局调拨");
        clock.advance(Duration.ofMinutes(5));
        StockLine after = book.issue(near.id(), "SANDBAG", 200, "库管员刘", "滨河社区领用，加固堤岸");

        assertThat(after.quantity()).isEqualTo(3300);
        assertThat(resources.index().snapshot().stock()).filteredOn(s -> s.stockItemId() == town.nearWarehouseSandbags)
                .singleElement().satisfies(s -> assertThat(s.quantity()).isEqualTo(3300));
        List<LedgerLine> ledger = book.ledger(near.id(), 10);
        assertThat(ledger).extracting(LedgerLine::kind, LedgerLine::quantity, LedgerLine::balanceAfter,
                LedgerLine::reason).containsExactly(
                Tuple.tuple(MovementKind.OUT, 200, 3300, "滨河社区领用，加固堤岸"),
                Tuple.tuple(MovementKind.IN, 500, 3500, "区应急局调拨"));
    }

    @Test
    void stock_reserved_for_a_response_cannot_be_issued_and_an_issue_needs_a_reason() {
        ActivationService activations = new ActivationService(db, clock, resources);
        Commits.asProposed(activations, activations.propose(town.planId, ResponseLevel.III,
                new AffectedArea.Circle(FloodScenario.LON, FloodScenario.LAT, 1000)), Adjustments.none(), "指挥长王");

        assertThatThrownBy(() -> book.issue(near.id(), "SANDBAG", 1001, "库管员刘", "领用"))
                .isInstanceOf(StockShortage.class);
        assertThatThrownBy(() -> book.issue(near.id(), "SANDBAG", 10, "库管员刘", " "))
                .hasMessageContaining("say why");
        assertThat(book.stock(near.id())).filteredOn(l -> l.itemCode().equals("SANDBAG")).singleElement()
                .satisfies(l -> {
                    assertThat(l.quantity()).isEqualTo(3000);
                    assertThat(l.available()).isEqualTo(1000);
                });
    }

    @Test
    void receiving_an_item_the_warehouse_never_held_opens_its_line_under_the_known_name() {
        book.receive(near.id(), "PUMP", 2, "库管员刘", "新购");

        assertThat(book.stock(near.id())).filteredOn(l -> l.itemCode().equals("PUMP")).singleElement()
                .satisfies(l -> {
                    assertThat(l.quantity()).isEqualTo(2);
                    assertThat(l.itemName()).isEqualTo("排涝泵");
                    assertThat(l.measureUnit()).isEqualTo("台");
                });
        assertThatThrownBy(() -> book.receive(near.id(), "DRONE", 1, "库管员刘", "新购"))
                .hasMessageContaining("DRONE");
    }

    @Test
    void a_stock_take_books_every_difference_or_nothing_when_one_line_is_wrong() throws Exception {
        Path sheet = dir.resolve("盘点.csv");
        Files.writeString(sheet, "仓库编码,物资编码,盘点数量\nW-NEAR,SANDBAG,2950\nW-NORTH,PUMP,10\nW-FAR,SANDBAG,1010\n"
                + "W-NOPE,SANDBAG,5\n", Charset.forName("GB18030"));
        StockTakeFile.Sheet read = StockTakeFile.read(sheet, null);
        assertThat(read.encoding()).isEqualTo("GB18030");

        StockTakeReport refused = book.take(read.counts(), "库管员刘", "2026 年 7 月盘点", true);

        assertThat(refused.applied()).isFalse();
        assertThat(refused.problems()).singleElement().satisfies(r -> {
            assertThat(r.row()).isEqualTo(5);
            assertThat(r.problem()).isEqualTo(StockTakeReport.Problem.of("no-warehouse", "W-NOPE"));
        });
        assertThat(book.stock(near.id())).filteredOn(l -> l.itemCode().equals("SANDBAG"))
                .extracting(StockLine::quantity).containsExactly(3000);

        StockTakeReport booked = book.take(read.counts().subList(0, 3), "库管员刘", "2026 年 7 月盘点", true);

        assertThat(booked.applied()).isTrue();
        assertThat(booked.rows()).extracting(StockTakeReport.Row::kind, StockTakeReport.Row::difference)
                .containsExactly(Tuple.tuple(MovementKind.COUNT_DOWN, -50),
                        Tuple.tuple(null, 0),
                        Tuple.tuple(MovementKind.COUNT_UP, 10));
        assertThat(book.stock(near.id())).filteredOn(l -> l.itemCode().equals("SANDBAG"))
                .extracting(StockLine::quantity).containsExactly(2950);
        assertThat(book.ledger(near.id(), 5)).first().satisfies(l -> {
            assertThat(l.kind()).isEqualTo(MovementKind.COUNT_DOWN);
            assertThat(l.balanceAfter()).isEqualTo(2950);
        });
    }

    @Test
    void a_count_below_what_a_running_response_holds_is_refused_with_the_reason() {
        ActivationService activations = new ActivationService(db, clock, resources);
        Commits.asProposed(activations, activations.propose(town.planId, ResponseLevel.III,
                new AffectedArea.Circle(FloodScenario.LON, FloodScenario.LAT, 1000)), Adjustments.none(), "指挥长王");

        StockTakeReport report = book.take(List.of(new StockCount(2, "W-NEAR", "SANDBAG", 1500, null, null)),
                "库管员刘", "盘点", true);

        assertThat(report.applied()).isFalse();
        assertThat(report.problems()).singleElement().satisfies(r -> assertThat(r.problem())
                .isEqualTo(StockTakeReport.Problem.of("below-reserved", 1500, 2000)));
    }
}
