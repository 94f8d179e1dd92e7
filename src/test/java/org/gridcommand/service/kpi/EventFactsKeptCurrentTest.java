package org.gridcommand.service.kpi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.gridcommand.domain.kpi.EventFacts;
import org.gridcommand.domain.kpi.Indicator;
import org.gridcommand.domain.kpi.Period;
import org.gridcommand.domain.kpi.PeriodKind;
import org.gridcommand.domain.kpi.Scope;
import org.gridcommand.store.Database;
import org.gridcommand.store.DatabaseLocation;
import org.gridcommand.store.TestDatabases;
import org.gridcommand.store.kpi.EventFactsStore;
import org.gridcommand.store.kpi.HistoryRowScan;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The indicators read each event's history folded once (table kpi_event_fact), and still count every line written
 * since: by this console or another one, with a higher id or with a lower one from another console's block of ids,
 * and as the history stood at a moment in the past (a drill's clock).
 */
class EventFactsKeptCurrentTest {
    private static final Period NOVEMBER = Period.of(PeriodKind.MONTH, LocalDate.of(2026, 11, 1),
            CaseHistories.SHANGHAI);

    @TempDir
    Path dir;

    static Stream<DatabaseLocation.Vendor> vendors() {
        return TestDatabases.vendors();
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void lines_written_after_a_read_are_counted_at_the_next_read(DatabaseLocation.Vendor vendor) {
        try (Database db = Database.open(TestDatabases.fresh(vendor, dir))) {
            CaseHistories h = MonthlyBulletinTest.november();
            h.writeTo(db);
            Scope scope = new Scope(NOVEMBER, MonthlyBulletinTest.DECEMBER_5);
            EventFactsStore store = new EventFactsStore(db);
            long closedBefore = count(store.facts(scope), scope, Indicator.CLOSED);
            long event = openEventDueInNovember(db);
            assertThat(count(store.facts(scope), scope, Indicator.CLOSED)).isEqualTo(closedBefore);

            // the unit's feedback and the closure come from another console, whose block of ids is below ours
            line(db, 4_000_001, event, CaseHistories.at(11, 26, 10), "FEEDBACK");
            line(db, 4_000_002, event, CaseHistories.at(11, 27, 10), "VERIFY");
            line(db, 4_000_003, event, CaseHistories.at(11, 27, 11), "CLOSE");

            assertThat(count(store.facts(scope), scope, Indicator.CLOSED)).isEqualTo(closedBefore + 1);
            assertAgreesWithEveryLine(db, scope);

            // and a new report with a higher id than any before
            line(db, 9_000_001, event, CaseHistories.at(11, 28, 9), "SUPERVISE");
            List<EventFacts> facts = store.facts(scope);
            assertThat(facts).filteredOn(f -> f.id() == event).singleElement()
                    .satisfies(f -> assertThat(f.supervisions()).isEqualTo(1));
            assertAgreesWithEveryLine(db, scope);
        }
    }

    @ParameterizedTest
    @MethodSource("vendors")
    void a_clock_in_the_past_reads_the_history_as_it_stood_then(DatabaseLocation.Vendor vendor) {
        try (Database db = Database.open(TestDatabases.fresh(vendor, dir))) {
            CaseHistories h = MonthlyBulletinTest.november();
            EventFactsAgreeTest.sidePaths(h);
            h.writeTo(db);
            new EventFactsStore(db).facts(new Scope(NOVEMBER, MonthlyBulletinTest.DECEMBER_5));

            for (int day : List.of(3, 12, 20, 29)) {
                Scope midMonth = new Scope(NOVEMBER, CaseHistories.at(11, day, 15));
                assertAgreesWithEveryLine(db, midMonth);
            }
        }
    }

    /** The engine's facts are those of reading every line one by one, for every event either counts. */
    private static void assertAgreesWithEveryLine(Database db, Scope scope) {
        List<EventFacts> engine = sorted(new EventFactsStore(db).facts(scope));
        List<EventFacts> scanned = new ArrayList<>();
        new HistoryRowScan(db).scan(scope, f -> {
            if (Stream.of(Indicator.values()).anyMatch(i -> i.kind() == Indicator.Kind.COUNT && i.count(f, scope) > 0)
                    || engine.stream().anyMatch(e -> e.id() == f.id())) {
                scanned.add(f);
            }
        });
        assertThat(engine).isNotEmpty().containsExactlyElementsOf(sorted(scanned));
    }

    private static List<EventFacts> sorted(List<EventFacts> facts) {
        return facts.stream().sorted(Comparator.comparingLong(EventFacts::id)).toList();
    }

    private static long count(List<EventFacts> facts, Scope scope, Indicator indicator) {
        return facts.stream().mapToLong(f -> indicator.count(f, scope)).sum();
    }

    /** One of November's events that was due and is not closed (handled late, never closed). */
    private static long openEventDueInNovember(Database db) {
        return db.withConnection(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT MIN(e.id) FROM event e"
                    + " WHERE e.state <> 'CLOSED' AND e.state NOT IN ('CANCELLED', 'MERGED')"
                    + " AND e.handling_due_at >= TIMESTAMP WITH TIME ZONE '2026-11-25 00:00:00+08'"
                    + " AND e.handling_due_at < TIMESTAMP WITH TIME ZONE '2026-12-01 00:00:00+08'"
                    + " AND NOT EXISTS (SELECT 1 FROM event_transition t WHERE t.event_id = e.id"
                    + " AND t.action IN ('DEFER', 'REOPEN'))")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static void line(Database db, long id, long event, Instant at, String action) {
        db.withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO event_transition (id, event_id, occurred_at,"
                    + " actor, action, to_state) VALUES (?, ?, ?, '城管局', ?, 'CLOSED')")) {
                ps.setLong(1, id);
                ps.setLong(2, event);
                ps.setObject(3, at.atOffset(ZoneOffset.UTC));
                ps.setString(4, action);
                return ps.executeUpdate();
            }
        });
    }
}
