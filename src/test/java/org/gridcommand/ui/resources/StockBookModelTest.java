package org.gridcommand.ui.resources;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.gridcommand.domain.emergency.AffectedArea;
import org.gridcommand.domain.emergency.MovementKind;
import org.gridcommand.domain.plan.ResponseLevel;
import org.gridcommand.service.emergency.ActivationService;
import org.gridcommand.service.emergency.Adjustments;
import org.gridcommand.service.emergency.Commits;
import org.gridcommand.service.emergency.FloodScenario;
import org.gridcommand.service.resources.ResourceService;
import org.gridcommand.service.resources.StockBook.ItemKind;
import org.gridcommand.service.resources.StockBook.LedgerLine;
import org.gridcommand.store.Database;
import org.gridcommand.store.TestDatabases;
import org.gridcommand.ui.common.BackgroundTasks;
import org.gridcommand.ui.common.Messages;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The warehouse keeper's desk as a view-model on real H2, the background seam run in line. */
class StockBookModelTest {
    @TempDir
    Path dir;

    private Database db;
    private FloodScenario town;
    private ResourceService resources;

    @BeforeEach
    void openTown() {
        db = Database.open(TestDatabases.h2(dir));
        town = FloodScenario.create(db);
        resources = new ResourceService(db, new FloodScenario.TestClock());
    }

    @AfterEach
    void close() {
        db.close();
    }

    private StockBookModel desk(Locale locale) {
        Messages console = new Messages(locale);
        StockBookModel model = new StockBookModel(resources.stock(), new BackgroundTasks(Runnable::run, Runnable::run),
                console.forFeature("org.gridcommand.ui.resources.messages"), new StockWords(console), "库管员刘");
        model.load();
        model.warehouseProperty().set(model.warehouses().stream().filter(w -> w.code().equals("W-NEAR"))
                .findFirst().orElseThrow());
        return model;
    }

    private static ItemKind item(StockBookModel model, String code) {
        return model.items().stream().filter(k -> k.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void the_keeper_books_a_delivery_and_sees_it_acknowledged_and_in_the_ledger() {
        StockBookModel desk = desk(Locale.SIMPLIFIED_CHINESE);
        assertThat(desk.canReceiveProperty().get()).as("nothing typed yet").isFalse();
        desk.itemProperty().set(item(desk, "SANDBAG"));
        desk.quantityProperty().set("500");
        desk.reasonProperty().set("区应急局调拨");
        assertThat(desk.canReceiveProperty().get()).isTrue();

        desk.receive();

        assertThat(desk.messageProperty().get()).isEqualTo("已入库：编织袋 500条。现账面 3500，可出库 3500。");
        assertThat(desk.ledger()).first().extracting(LedgerLine::kind, LedgerLine::balanceAfter)
                .containsExactly(MovementKind.IN, 3500);
        assertThat(desk.quantityProperty().get()).as("ready for the next booking").isEmpty();
    }

    @Test
    void an_issue_larger_than_what_is_free_is_not_offered_and_says_how_much_is_free() {
        ActivationService activations = new ActivationService(db, new FloodScenario.TestClock(), resources);
        Commits.asProposed(activations, activations.propose(town.planId, ResponseLevel.III,
                new AffectedArea.Circle(FloodScenario.LON, FloodScenario.LAT, 1000)), Adjustments.none(), "指挥长王");
        StockBookModel desk = desk(Locale.ENGLISH);
        desk.itemProperty().set(item(desk, "SANDBAG"));
        desk.quantityProperty().set("1500");
        desk.reasonProperty().set("community");

        assertThat(desk.canIssueProperty().get()).isFalse();
        desk.issue();
        assertThat(desk.messageProperty().get()).startsWith("More than is free to issue (1,000)");

        desk.quantityProperty().set("1000");
        assertThat(desk.canIssueProperty().get()).isTrue();
        desk.issue();
        assertThat(desk.messageProperty().get()).isEqualTo("Issued: 1,000 sandbags. Now 2,000 on the book, 0 free.")
                .doesNotContainPattern("\\p{IsHan}");
    }

    @Test
    void a_count_books_the_difference_and_a_count_below_what_a_response_holds_is_not_offered() {
        ActivationService activations = new ActivationService(db, new FloodScenario.TestClock(), resources);
        Commits.asProposed(activations, activations.propose(town.planId, ResponseLevel.III,
                new AffectedArea.Circle(FloodScenario.LON, FloodScenario.LAT, 1000)), Adjustments.none(), "指挥长王");
        StockBookModel desk = desk(Locale.SIMPLIFIED_CHINESE);
        desk.itemProperty().set(item(desk, "SANDBAG"));

        desk.countedProperty().set("1999");
        assertThat(desk.canCountProperty().get()).as("2000 are held for the response").isFalse();
        desk.countedProperty().set("2990");
        assertThat(desk.canCountProperty().get()).isTrue();
        desk.recordCount();

        assertThat(desk.messageProperty().get()).isEqualTo("盘点已记账：编织袋 实盘 2990，比账面少 10条（盘亏）。");
        assertThat(desk.ledger()).first().extracting(LedgerLine::kind, LedgerLine::quantity, LedgerLine::balanceAfter)
                .containsExactly(MovementKind.COUNT_DOWN, 10, 2990);
        assertThat(desk.stock()).filteredOn(l -> l.itemCode().equals("SANDBAG")).singleElement()
                .satisfies(l -> assertThat(l.quantity()).isEqualTo(2990));

        StockBookModel english = desk(Locale.ENGLISH);
        english.itemProperty().set(item(english, "SANDBAG"));
        english.countedProperty().set("2990");
        english.recordCount();
        assertThat(english.messageProperty().get())
                .isEqualTo("Count agrees: 2,990 sandbags counted, as on the book; nothing booked.");
    }
}
